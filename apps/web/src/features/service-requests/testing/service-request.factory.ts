import type { ServiceRequestConnection, ServiceRequestRow } from '../request-pages.util';

let sequence = 0;

/** Builder for list rows in tests: `aServiceRequestRow().withStatus('CLOSED').build()`. */
export function aServiceRequestRow() {
  sequence += 1;
  const row: ServiceRequestRow = {
    id: `sr-${sequence}`,
    code: `SR-2025-${String(sequence).padStart(5, '0')}`,
    type: 'REPAIR',
    channel: 'HOTLINE',
    priority: 'NORMAL',
    status: 'NEW',
    warrantyStatus: 'IN_WARRANTY',
    reportedAt: '2025-03-01T02:00:00.000Z',
    serialNo: null,
    customer: { id: `c-${sequence}`, name: '张三', phone: '138****8000' },
    product: { id: 'p-1', model: 'KFR-35GW', name: '壁挂式空调' },
    outlet: { id: 'o-1', name: '上海浦东服务中心' },
    technician: null,
  };
  const builder = {
    withId(id: string) {
      row.id = id;
      return builder;
    },
    withCode(code: string) {
      row.code = code;
      return builder;
    },
    withStatus(status: ServiceRequestRow['status']) {
      row.status = status;
      return builder;
    },
    build(): ServiceRequestRow {
      return { ...row };
    },
  };
  return builder;
}

export function aConnection(
  rows: ServiceRequestRow[],
  { totalCount = rows.length, hasNextPage = false }: { totalCount?: number; hasNextPage?: boolean } = {},
): ServiceRequestConnection {
  return {
    totalCount,
    pageInfo: { hasNextPage, endCursor: rows.length ? `cursor:${rows[rows.length - 1]!.id}` : null },
    edges: rows.map((node) => ({ cursor: `cursor:${node.id}`, node })),
  };
}
