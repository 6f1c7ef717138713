import { complaintReceivedEvent, type ComplaintEvent } from '../../complaint/complaint-commands';
import { COMPLAINT_SEVERITIES, type ComplaintSeverity, type ComplaintStatus } from '../../complaint/complaint.types';
import { column } from '../column-spec';
import type { ImportRecordType, RowSource } from '../import-record-type';
import type { RowReader } from '../row-reader';

export const COMPLAINT_COLUMNS = [
  column('code', '投诉编号', true),
  column('request_code', '关联工单号'),
  column('severity', '严重程度', true),
  column('category', '投诉类别'),
  column('customer_name', '客户姓名', true),
  column('customer_phone', '客户电话', true),
  column('received_at', '受理时间', true),
  column('acknowledged_at', '响应时间'),
  column('closed_at', '办结时间'),
  column('customer_accepted', '客户是否认可'),
  column('resolution', '处理结果'),
] as const;

export type ComplaintColumn = (typeof COMPLAINT_COLUMNS)[number]['key'];

export interface ImportedComplaint {
  source: RowSource;
  code: string;
  requestCode: string | null;
  severity: ComplaintSeverity;
  category: string | null;
  customerName: string;
  customerPhone: string;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  closedAt: Date | null;
  customerAccepted: boolean | null;
  resolution: string | null;
}

/**
 * A complaint is acknowledged before it is closed (the lifecycle allows no shortcut), so a closing
 * time needs an acknowledgement time; the customer's answer belongs to a closed complaint.
 */
function readComplaint(reader: RowReader<ComplaintColumn>): ImportedComplaint | null {
  const code = reader.text('code', 32, true);
  const requestCode = reader.text('request_code', 32);
  const severity = reader.choice('severity', COMPLAINT_SEVERITIES, true);
  const category = reader.text('category', 64);
  const customerName = reader.text('customer_name', 64, true);
  const customerPhone = reader.phone('customer_phone', true);
  const receivedAt = reader.instant('received_at', true);
  const acknowledgedAt = reader.instant('acknowledged_at');
  const closedAt = reader.instant('closed_at');
  const customerAccepted = reader.boolean('customer_accepted');
  const resolution = reader.text('resolution', 2000);

  reader.notBefore('acknowledged_at', acknowledgedAt, receivedAt, 'beforeReceived');
  reader.notBefore('closed_at', closedAt, acknowledgedAt, 'beforeAcknowledged');
  reader.notBefore('closed_at', closedAt, receivedAt, 'beforeReceived');
  if (reader.raw('closed_at') !== null && reader.raw('acknowledged_at') === null) reader.problem('acknowledged_at', 'requiredForStatus', { status: 'CLOSED' });
  if (reader.raw('closed_at') === null && reader.raw('customer_accepted') !== null) reader.problem('customer_accepted', 'onlyWhenClosed');
  if (reader.failed) return null;
  return {
    source: reader.source,
    code: code!,
    requestCode,
    severity: severity!,
    category,
    customerName: customerName!,
    customerPhone: customerPhone!,
    receivedAt: receivedAt!,
    acknowledgedAt,
    closedAt,
    customerAccepted,
    resolution,
  };
}

export const COMPLAINTS_IMPORT: ImportRecordType<ImportedComplaint, ComplaintColumn> = {
  name: 'complaints',
  columns: COMPLAINT_COLUMNS,
  readRow: readComplaint,
  key: (record) => record.code,
  keyColumn: 'code',
};

export function complaintStatusOf(record: Pick<ImportedComplaint, 'acknowledgedAt' | 'closedAt'>): ComplaintStatus {
  if (record.closedAt) return 'CLOSED';
  return record.acknowledgedAt ? 'ACKNOWLEDGED' : 'RECEIVED';
}

/** The history of an imported complaint: received, acknowledged and closed at its times, at level 1 (网点). */
export function synthesiseComplaintEvents(record: Pick<ImportedComplaint, 'receivedAt' | 'acknowledgedAt' | 'closedAt' | 'resolution'>): ComplaintEvent[] {
  const events: ComplaintEvent[] = [complaintReceivedEvent(record.receivedAt)];
  const step = (action: 'ACKNOWLEDGE' | 'CLOSE', fromStatus: ComplaintStatus, toStatus: ComplaintStatus, at: Date, note: string | null): ComplaintEvent => ({
    action, fromStatus, toStatus, fromLevel: 1, toLevel: 1, escalationReason: null, deadline: null, at, note,
  });
  if (record.acknowledgedAt) events.push(step('ACKNOWLEDGE', 'RECEIVED', 'ACKNOWLEDGED', record.acknowledgedAt, null));
  if (record.acknowledgedAt && record.closedAt) events.push(step('CLOSE', 'ACKNOWLEDGED', 'CLOSED', record.closedAt, record.resolution));
  return events;
}
