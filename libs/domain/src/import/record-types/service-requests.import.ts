import {
  CHANNELS,
  PRIORITIES,
  REQUEST_STATUSES,
  SERVICE_TYPES,
  type Channel,
  type Priority,
  type RequestStatus,
  type ServiceType,
} from '../../service-request/service-request.types';
import { formatInstantCell } from '../cell-format';
import { column } from '../column-spec';
import type { ImportRecordType, RowSource } from '../import-record-type';
import type { RowReader } from '../row-reader';

export const SERVICE_REQUEST_COLUMNS = [
  column('code', '工单号', true),
  column('type', '服务类型', true),
  column('channel', '渠道', true),
  column('priority', '优先级'),
  column('customer_name', '客户姓名', true),
  column('customer_phone', '客户电话', true),
  column('product_model', '产品型号', true),
  column('product_category', '产品类别'),
  column('serial_no', '产品序列号'),
  column('purchase_date', '购买日期'),
  column('fault_description', '故障描述'),
  column('outlet_code', '网点编码', true),
  column('reported_at', '报修时间', true),
  column('acknowledged_at', '响应时间'),
  column('resolved_at', '解决时间'),
  column('closed_at', '关闭时间'),
  column('status', '状态', true),
  column('reopened', '是否重开'),
] as const;

export type ServiceRequestColumn = (typeof SERVICE_REQUEST_COLUMNS)[number]['key'];

export interface ImportedServiceRequest {
  source: RowSource;
  code: string;
  type: ServiceType;
  channel: Channel;
  priority: Priority;
  customerName: string;
  customerPhone: string;
  productModel: string;
  productCategory: string | null;
  serialNo: string | null;
  purchaseDate: string | null;
  faultDescription: string | null;
  outletCode: string;
  status: RequestStatus;
  reopened: boolean;
  reportedAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  /** The request's closure; for a CANCELLED request the column holds the cancellation instead. */
  closedAt: Date | null;
}

type TimeColumn = 'acknowledged_at' | 'resolved_at' | 'closed_at';

/**
 * Which times a status needs and which it cannot have, following the lifecycle: a request is
 * acknowledged before it is dispatched, resolved before it is closed, and a reopen clears the
 * resolution. For CANCELLED, closed_at is the time of the cancellation.
 */
const TIMES_BY_STATUS: Record<RequestStatus, { required: readonly TimeColumn[]; forbidden: readonly TimeColumn[] }> = {
  NEW: { required: [], forbidden: ['acknowledged_at', 'resolved_at', 'closed_at'] },
  ACKNOWLEDGED: { required: ['acknowledged_at'], forbidden: ['resolved_at', 'closed_at'] },
  DISPATCHED: { required: ['acknowledged_at'], forbidden: ['resolved_at', 'closed_at'] },
  IN_PROGRESS: { required: ['acknowledged_at'], forbidden: ['resolved_at', 'closed_at'] },
  ON_HOLD: { required: ['acknowledged_at'], forbidden: ['resolved_at', 'closed_at'] },
  RESOLVED: { required: ['acknowledged_at', 'resolved_at'], forbidden: ['closed_at'] },
  CLOSED: { required: ['acknowledged_at', 'resolved_at', 'closed_at'], forbidden: [] },
  CANCELLED: { required: [], forbidden: ['resolved_at'] },
};

/** A reopen sends a resolved or closed request back to work, so a request not yet worked on was never reopened. */
const NEVER_REOPENED: readonly RequestStatus[] = ['NEW', 'ACKNOWLEDGED', 'DISPATCHED'];

function readServiceRequest(reader: RowReader<ServiceRequestColumn>): ImportedServiceRequest | null {
  const code = reader.text('code', 32, true);
  const type = reader.choice('type', SERVICE_TYPES, true);
  const channel = reader.choice('channel', CHANNELS, true);
  const priority = reader.choice('priority', PRIORITIES) ?? 'NORMAL';
  const customerName = reader.text('customer_name', 64, true);
  const customerPhone = reader.phone('customer_phone', true);
  const productModel = reader.text('product_model', 64, true);
  const productCategory = reader.text('product_category', 64);
  const serialNo = reader.text('serial_no', 64);
  const purchaseDate = reader.date('purchase_date');
  const faultDescription = reader.text('fault_description', 2000);
  if (type === 'REPAIR' && reader.raw('fault_description') === null) reader.problem('fault_description', 'requiredForRepair');
  const outletCode = reader.text('outlet_code', 32, true);
  const reportedAt = reader.instant('reported_at', true);
  const acknowledgedAt = reader.instant('acknowledged_at');
  const resolvedAt = reader.instant('resolved_at');
  const closedAt = reader.instant('closed_at');
  const status = reader.choice('status', REQUEST_STATUSES, true);
  const reopened = reader.boolean('reopened') ?? false;

  const reported = { reportedAt: reportedAt ? formatInstantCell(reportedAt, reader.context.timeZone) : '' };
  reader.notBefore('acknowledged_at', acknowledgedAt, reportedAt, 'beforeReported', reported);
  reader.notBefore('resolved_at', resolvedAt, reportedAt, 'beforeReported', reported);
  reader.notBefore('resolved_at', resolvedAt, acknowledgedAt, 'beforeAcknowledged');
  reader.notBefore('closed_at', closedAt, resolvedAt, 'beforeResolved');
  if (!resolvedAt) {
    reader.notBefore('closed_at', closedAt, reportedAt, 'beforeReported', reported);
    reader.notBefore('closed_at', closedAt, acknowledgedAt, 'beforeAcknowledged');
  }
  if (status) {
    const given: Record<TimeColumn, unknown> = {
      acknowledged_at: reader.raw('acknowledged_at'),
      resolved_at: reader.raw('resolved_at'),
      closed_at: reader.raw('closed_at'),
    };
    for (const key of TIMES_BY_STATUS[status].required) if (given[key] === null) reader.problem(key, 'requiredForStatus', { status });
    for (const key of TIMES_BY_STATUS[status].forbidden) if (given[key] !== null) reader.problem(key, 'notAllowedForStatus', { status });
    if (reopened && NEVER_REOPENED.includes(status)) reader.problem('reopened', 'notAllowedForStatus', { status });
  }

  if (reader.failed) return null;
  return {
    source: reader.source,
    code: code!,
    type: type!,
    channel: channel!,
    priority,
    customerName: customerName!,
    customerPhone: customerPhone!,
    productModel: productModel!,
    productCategory,
    serialNo,
    purchaseDate,
    faultDescription,
    outletCode: outletCode!,
    status: status!,
    reopened,
    reportedAt: reportedAt!,
    acknowledgedAt,
    resolvedAt,
    closedAt,
  };
}

export const SERVICE_REQUESTS_IMPORT: ImportRecordType<ImportedServiceRequest, ServiceRequestColumn> = {
  name: 'service_requests',
  columns: SERVICE_REQUEST_COLUMNS,
  readRow: readServiceRequest,
  key: (record) => record.code,
  keyColumn: 'code',
};

/** The stored lifecycle times of an imported request (the cancellation sits in closed_at of the file). */
export function requestTimesOf(record: ImportedServiceRequest): { closedAt: Date | null; cancelledAt: Date | null } {
  if (record.status !== 'CANCELLED') return { closedAt: record.closedAt, cancelledAt: null };
  return { closedAt: null, cancelledAt: record.closedAt ?? record.acknowledgedAt ?? record.reportedAt };
}

/** The closed_at cell the export writes: the closure, or the cancellation of a cancelled request. */
export function closedAtCellOf(request: { status: RequestStatus; closedAt: Date | null; cancelledAt: Date | null }): Date | null {
  return request.status === 'CANCELLED' ? request.cancelledAt : request.closedAt;
}
