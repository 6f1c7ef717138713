import type { GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import type { GraphqlResponse, TestApp } from './test-app';

/** Shared by the complaint integration specs: GraphQL documents, types and small helpers. */
export const FIELDS = `id code status statusLabel channel severity category description receivedAt acknowledgedAt closedAt
  escalationLevel escalationLevelLabel escalatedDeadlines resolution customerAccepted version allowedCommands
  customer { id name phone } outlet { code } request { code }
  deadlines { ackDueAt resolutionDueAt next dueAt overdue minutesLeft minutesOverdue acknowledgedInTime closedInTime }`;

export type Complaint = {
  id: string;
  code: string;
  status: string;
  statusLabel: string;
  severity: string;
  receivedAt: string;
  acknowledgedAt: string | null;
  closedAt: string | null;
  escalationLevel: number;
  escalationLevelLabel: string;
  escalatedDeadlines: string[];
  resolution: string | null;
  customerAccepted: boolean | null;
  version: number;
  allowedCommands: string[];
  customer: { id: string; name: string; phone: string };
  outlet: { code: string } | null;
  request: { code: string } | null;
  deadlines: {
    ackDueAt: string;
    resolutionDueAt: string;
    next: string | null;
    dueAt: string | null;
    overdue: boolean;
    minutesLeft: number | null;
    minutesOverdue: number | null;
    acknowledgedInTime: boolean | null;
    closedInTime: boolean | null;
  };
};
export type Event = { action: string; fromStatus: string | null; toStatus: string; fromLevel: number | null; toLevel: number; escalationReason: string | null; deadline: string | null; note: string | null };

export const CREATE = `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { ${FIELDS} } }`;
export const STEP = (mutation: string, inputType = 'ComplaintStepInput') => `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${FIELDS} } }`;
export const DETAIL = `query($id: ID!) { complaint(id: $id) { ${FIELDS} events { action fromStatus toStatus fromLevel toLevel escalationReason deadline note at } } }`;
export const ESCALATION_RUN = 'mutation { runComplaintEscalation }';

export const HOUR = 3_600_000;
export const hoursAgo = (hours: number): string => new Date(Date.now() - hours * HOUR).toISOString();

export const as = (org: string, language?: string): Record<string, string> => ({ 'x-org-code': org, ...(language ? { 'accept-language': language } : {}) });


/** Helpers bound to the spec's app and organisation, read when called (they are set in beforeAll). */
export function complaintsKit(appOf: () => TestApp, acmeOf: () => GivenOrganisation) {
  async function must<T>(query: string, variables: Record<string, unknown> = {}, org = 'ACME'): Promise<T> {
    const result = await appOf().graphql<T>(query, variables, as(org));
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  }

  function fieldErrors(result: GraphqlResponse<unknown>): string[] {
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return (result.errors![0]!.extensions!.fieldErrors ?? []).map((error) => `${error.field}:${error.code}`);
  }

  const aComplaint = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
    channel: 'HOTLINE',
    severity: 'NORMAL',
    category: '服务态度',
    description: '工程师迟到三小时，电话不接',
    customerName: '王芳',
    customerPhone: '13912345678',
    outletId: acmeOf().outletIds['SH-01'],
    receivedAt: hoursAgo(1),
    ...changes,
  });

  async function create(changes: Record<string, unknown> = {}, org = 'ACME'): Promise<Complaint> {
    return (await must<{ createComplaint: Complaint }>(CREATE, { input: aComplaint(changes) }, org)).createComplaint;
  }

  async function step(mutation: string, input: Record<string, unknown>, org = 'ACME', language?: string) {
    const inputType = mutation === 'closeComplaint' ? 'CloseComplaintInput' : 'ComplaintStepInput';
    return appOf().graphql<Record<string, Complaint>>(STEP(mutation, inputType), { input }, as(org, language));
  }

  async function mustStep(mutation: string, input: Record<string, unknown>, org = 'ACME'): Promise<Complaint> {
    const result = await step(mutation, input, org);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data![mutation]!;
  }

  async function detail(id: string, org = 'ACME'): Promise<(Complaint & { events: Event[] }) | null> {
    return (await must<{ complaint: (Complaint & { events: Event[] }) | null }>(DETAIL, { id }, org)).complaint;
  }

  async function counts(): Promise<{ complaints: number; events: number; customers: number }> {
    const [row] = await appOf().database.dataSource.query(
      'SELECT (SELECT count(*) FROM complaints)::int AS complaints, (SELECT count(*) FROM complaint_events)::int AS events, (SELECT count(*) FROM customers)::int AS customers',
    );
    return row;
  }


  return { must, fieldErrors, aComplaint, create, step, mustStep, detail, counts };
}
