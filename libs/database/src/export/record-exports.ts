import {
  COMPLAINT_COLUMNS,
  OUTLET_COLUMNS,
  QUALIFICATION_COLUMNS,
  TRAINING_COLUMNS,
  formatAttendeeCells,
  RETURN_VISIT_COLUMNS,
  SERVICE_REQUEST_COLUMNS,
  STAFF_COLUMNS,
  VISIT_COLUMNS,
  closedAtCellOf,
  formatBooleanCell,
  formatInstantCell,
  maskPhone,
  type ImportRecordTypeName,
  type RequestStatus,
} from '@stardesk/domain';
import type { CellFormat, RecordExport } from './export-spec';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
/** A customer's phone as the reader may see it: masked when the format says so. */
const phone = (value: string, format: CellFormat): string => (format.maskContacts && value ? maskPhone(value) : value);
/** An instant read as a Date, or already as its cell text (readPages with the time zone). */
const time = (value: Date | string | null, format: CellFormat): string => (typeof value === 'string' ? value : formatInstantCell(value, format.timeZone));

interface RequestRow {
  code: string; type: string; channel: string; priority: string; customer_name: string; customer_phone: string; product_model: string;
  product_category: string; serial_no: string | null; purchase_date: string | null; fault_description: string | null; outlet_code: string;
  reported_at: Date; acknowledged_at: Date | null; resolved_at: Date | null; closed_at: Date | null; cancelled_at: Date | null;
  status: RequestStatus; reopen_count: number;
}

const serviceRequests: RecordExport<RequestRow> = {
  type: 'service_requests',
  columns: SERVICE_REQUEST_COLUMNS,
  select: `sr.code, sr.type, sr.channel, sr.priority, c.name AS customer_name, c.phone AS customer_phone, p.model AS product_model,
           p.category AS product_category, u.serial_no, u.purchase_date::text AS purchase_date, sr.fault_description, o.code AS outlet_code,
           sr.reported_at, sr.acknowledged_at, sr.resolved_at, sr.closed_at, sr.cancelled_at, sr.status, sr.reopen_count`,
  from: `service_requests sr JOIN customers c ON c.id = sr.customer_id JOIN products p ON p.id = sr.product_id
         JOIN outlets o ON o.id = sr.outlet_id LEFT JOIN product_units u ON u.id = sr.unit_id`,
  where: 'sr.org_id = $1',
  period: 'sr.reported_at',
  keyset: [{ expression: 'sr.reported_at', type: 'timestamptz' }, { expression: 'sr.id', type: 'uuid' }],
  cells: (row, format) => [
    row.code, row.type, row.channel, row.priority, row.customer_name, phone(row.customer_phone, format), row.product_model, text(row.product_category),
    text(row.serial_no), text(row.purchase_date), text(row.fault_description), row.outlet_code, time(row.reported_at, format),
    time(row.acknowledged_at, format), time(row.resolved_at, format),
    time(closedAtCellOf({ status: row.status, closedAt: row.closed_at, cancelledAt: row.cancelled_at }), format), row.status,
    formatBooleanCell(row.reopen_count > 0, format.language),
  ],
};

interface VisitRow {
  request_code: string; seq: number; technician: string; arrived_at: Date; completed_at: Date | null; outcome: string; diagnosis: string | null; parts: string | null;
}

/** Visits, and return visits below, of the requests reported in the period: they import with those requests. */
const visits: RecordExport<VisitRow> = {
  type: 'visits',
  columns: VISIT_COLUMNS,
  select: `sr.code AS request_code, v.seq, s.login AS technician, v.arrived_at, v.completed_at, v.outcome, v.diagnosis,
           (SELECT string_agg(sp.part_no || '*' || m.quantity, ';' ORDER BY m.at, m.id)
              FROM stock_movements m JOIN spare_parts sp ON sp.id = m.part_id
             WHERE m.org_id = v.org_id AND m.visit_id = v.id AND m.kind = 'CONSUMED') AS parts`,
  from: 'visits v JOIN service_requests sr ON sr.id = v.request_id JOIN staff s ON s.id = v.technician_id',
  where: 'v.org_id = $1',
  period: 'sr.reported_at',
  keyset: [{ expression: 'sr.reported_at', type: 'timestamptz' }, { expression: 'sr.id', type: 'uuid' }, { expression: 'v.seq', type: 'int' }],
  cells: (row, format) => [
    row.request_code, String(row.seq), row.technician, time(row.arrived_at, format), time(row.completed_at, format), row.outcome, text(row.diagnosis), text(row.parts),
  ],
};

interface ComplaintRow {
  code: string; request_code: string | null; severity: string; category: string | null; customer_name: string; customer_phone: string;
  received_at: Date; acknowledged_at: Date | null; closed_at: Date | null; customer_accepted: boolean | null; resolution: string | null;
}

const complaints: RecordExport<ComplaintRow> = {
  type: 'complaints',
  columns: COMPLAINT_COLUMNS,
  select: `cp.code, sr.code AS request_code, cp.severity, cp.category, c.name AS customer_name, c.phone AS customer_phone, cp.received_at,
           cp.acknowledged_at, cp.closed_at, cp.customer_accepted, cp.resolution`,
  from: 'complaints cp JOIN customers c ON c.id = cp.customer_id LEFT JOIN service_requests sr ON sr.id = cp.request_id',
  where: 'cp.org_id = $1',
  period: 'cp.received_at',
  keyset: [{ expression: 'cp.received_at', type: 'timestamptz' }, { expression: 'cp.id', type: 'uuid' }],
  cells: (row, format) => [
    row.code, text(row.request_code), row.severity, text(row.category), row.customer_name, phone(row.customer_phone, format), time(row.received_at, format),
    time(row.acknowledged_at, format), time(row.closed_at, format), formatBooleanCell(row.customer_accepted, format.language), text(row.resolution),
  ],
};

interface ReturnVisitRow {
  request_code: string; done_at: Date; method: string; rating: number | null; recommend: number | null; comment: string | null;
}

/** Completed return visits only: the layout has no outcome column, an unreachable customer gave no answer. */
const returnVisits: RecordExport<ReturnVisitRow> = {
  type: 'return_visits',
  columns: RETURN_VISIT_COLUMNS,
  select: 'sr.code AS request_code, rv.done_at, rv.method, rv.rating, rv.recommend, rv.comment',
  from: `return_visits rv JOIN service_requests sr ON sr.id = rv.request_id`,
  where: "rv.org_id = $1 AND rv.status = 'DONE' AND rv.done_at IS NOT NULL",
  period: 'sr.reported_at',
  keyset: [{ expression: 'rv.done_at', type: 'timestamptz' }, { expression: 'rv.id', type: 'uuid' }],
  cells: (row, format) => [row.request_code, time(row.done_at, format), text(row.method), text(row.rating), text(row.recommend), text(row.comment)],
};

interface StaffRow {
  login: string; name: string; role: string; phone: string | null; active: boolean; outlets: string | null;
}

const staff: RecordExport<StaffRow> = {
  type: 'staff',
  columns: STAFF_COLUMNS,
  select: `s.login, s.name, s.role, s.phone, s.active,
           (SELECT string_agg(o.code, ';' ORDER BY o.code) FROM staff_outlets so JOIN outlets o ON o.id = so.outlet_id WHERE so.staff_id = s.id) AS outlets`,
  from: 'staff s',
  where: 's.org_id = $1',
  period: null,
  keyset: [{ expression: 's.login', type: 'text' }],
  cells: (row, format) => [row.login, row.name, row.role, text(row.phone), formatBooleanCell(row.active, format.language), text(row.outlets)],
};

interface OutletRow {
  code: string; name: string; kind: string; region: string | null; city: string; address: string | null;
}

const outlets: RecordExport<OutletRow> = {
  type: 'outlets',
  columns: OUTLET_COLUMNS,
  select: 'o.code, o.name, o.kind, r.code AS region, o.city, o.address',
  from: 'outlets o LEFT JOIN regions r ON r.id = o.region_id',
  where: 'o.org_id = $1',
  period: null,
  keyset: [{ expression: 'o.code', type: 'text' }],
  cells: (row) => [row.code, row.name, row.kind, text(row.region), row.city, text(row.address)],
};

interface QualificationRow {
  login: string; certificate_type: string; certificate_no: string; issuer: string; title: string | null; valid_from: string; valid_until: string | null;
}

/** Certificates are master data like the staff register: exported whole, whatever the period. */
const qualifications: RecordExport<QualificationRow> = {
  type: 'qualifications',
  columns: QUALIFICATION_COLUMNS,
  select: `s.login, q.certificate_type, q.certificate_no, q.issuer, q.title, q.valid_from::text AS valid_from, q.valid_until::text AS valid_until`,
  from: 'qualifications q JOIN staff s ON s.id = q.staff_id',
  where: 'q.org_id = $1',
  period: null,
  keyset: [{ expression: 'q.certificate_type', type: 'text' }, { expression: 'q.certificate_no', type: 'text' }],
  cells: (row) => [row.login, row.certificate_type, row.certificate_no, row.issuer, text(row.title), row.valid_from, text(row.valid_until)],
};

interface TrainingRow {
  course: string; date: string; hours: number; trainer: string | null; attendees: [string, number | null][] | null;
}

/**
 * Trainings are exported whole too (their day is a local date, the period bounds are instants), with
 * attendees by login in login order: a shared score in the score column, else `login:score` items.
 */
const trainings: RecordExport<TrainingRow> = {
  type: 'trainings',
  columns: TRAINING_COLUMNS,
  select: `t.course, t.date::text AS date, t.hours::float8 AS hours, t.trainer,
           (SELECT json_agg(json_build_array(s.login, a.score::float8) ORDER BY s.login)
              FROM training_attendances a JOIN staff s ON s.id = a.staff_id WHERE a.org_id = t.org_id AND a.training_id = t.id) AS attendees`,
  from: 'trainings t',
  where: 't.org_id = $1',
  period: null,
  keyset: [{ expression: 't.date', type: 'date' }, { expression: 't.course', type: 'text' }, { expression: 't.id', type: 'uuid' }],
  cells: (row) => {
    const attendees = formatAttendeeCells((row.attendees ?? []).map(([login, score]) => ({ login, score })));
    return [row.course, row.date, String(row.hours), attendees.attendees, attendees.score, text(row.trainer)];
  },
};

export const RECORD_EXPORTS = {
  service_requests: serviceRequests,
  visits,
  complaints,
  return_visits: returnVisits,
  staff,
  outlets,
  qualifications,
  trainings,
} as unknown as Record<ImportRecordTypeName, RecordExport>;
