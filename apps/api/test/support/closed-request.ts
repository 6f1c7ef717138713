import type { GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import type { TestApp } from './test-app';

const HOUR = 3_600_000;
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * HOUR).toISOString();

/**
 * Drives a repair through GraphQL from the first call to closure, as staff would:
 * `closedRequest(app, acme, { closedAt })` returns the request id. The organisation needs an outlet
 * 'SH-01', a product 'KFR-35GW' and a technician 'gcs1'.
 */
export async function closedRequest(
  app: TestApp,
  given: GivenOrganisation,
  options: { closedAt?: string; customerPhone?: string; stopAt?: 'IN_PROGRESS' | 'RESOLVED' } = {},
): Promise<string> {
  const headers = { 'x-org-code': given.organisation.code };
  const run = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await app.graphql<T>(query, variables, headers);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  const step = (mutation: string, input: Record<string, unknown>, inputType = 'TransitionServiceRequestInput') =>
    run(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, { input });

  const created = await run<{ createServiceRequest: { id: string } }>(
    'mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id } }',
    {
      input: {
        type: 'REPAIR', channel: 'HOTLINE', outletId: given.outletIds['SH-01'], productId: given.productIds['KFR-35GW'], customerName: '王芳',
        customerPhone: options.customerPhone ?? '13800138000', faultDescription: '不制冷', reportedAt: hoursAgo(30 * 24),
      },
    },
  );
  const id = created.createServiceRequest.id;
  await step('acknowledgeServiceRequest', { id, at: hoursAgo(30 * 24 - 1) });
  await step('dispatchServiceRequest', { id, technicianId: given.staffIds['gcs1'], at: hoursAgo(30 * 24 - 2) }, 'DispatchServiceRequestInput');
  await step('startServiceRequest', { id, at: hoursAgo(30 * 24 - 3) });
  if (options.stopAt === 'IN_PROGRESS') return id;
  await step('resolveServiceRequest', { id, at: hoursAgo(30 * 24 - 4) });
  if (options.stopAt === 'RESOLVED') return id;
  await step('closeServiceRequest', { id, at: options.closedAt ?? hoursAgo(2) });
  return id;
}
