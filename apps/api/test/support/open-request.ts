import type { GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { hoursAgo, type GraphqlClient } from './graphql-client';

export interface OpenRequestOptions {
  type?: string;
  product?: string;
  outlet?: string;
  /** A unit is registered with this serial and purchase date (in warranty when recent). */
  serialNo?: string | null;
  purchaseDate?: string | null;
  reportedHoursAgo?: number;
}

/**
 * Opens a request through GraphQL: `openRequest(client, acme, { type: 'INSTALLATION' })` returns its
 * id. The organisation needs the outlet and product named (defaults 'SH-01' and 'KFR-35GW').
 */
export async function openRequest(client: GraphqlClient, given: GivenOrganisation, options: OpenRequestOptions = {}): Promise<string> {
  const serialNo = options.serialNo === undefined ? `SN-${Math.random().toString(36).slice(2, 10).toUpperCase()}` : options.serialNo;
  const created = await client.must<{ createServiceRequest: { id: string } }>(
    'mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id } }',
    {
      input: {
        type: options.type ?? 'REPAIR',
        channel: 'HOTLINE',
        outletId: given.outletIds[options.outlet ?? 'SH-01'],
        productId: given.productIds[options.product ?? 'KFR-35GW'],
        customerName: '张伟',
        customerPhone: '13600001111',
        faultDescription: '不制冷',
        serialNo,
        purchaseDate: serialNo ? (options.purchaseDate === undefined ? hoursAgo(30 * 24).slice(0, 10) : options.purchaseDate) : null,
        reportedAt: hoursAgo(options.reportedHoursAgo ?? 48),
      },
    },
    given.organisation.code,
  );
  return created.createServiceRequest.id;
}
