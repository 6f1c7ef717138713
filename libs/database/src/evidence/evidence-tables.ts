import { formatBooleanCell, formatInstantCell, headerRow, maskAddress, maskPhone } from '@stardesk/domain';
import type { CellFormat, KeysetTerm } from '../export/export-spec';
import { RECORD_EXPORTS } from '../export/record-exports';

/**
 * One table of the evidence package: written as `<file>.csv` and as the sheet `sheet` of its group's
 * workbook, with Chinese headers. Rows are read a page at a time in keyset order (the keyset ends with
 * a unique key, so the order is stable and the same records give the same bytes).
 */
export interface EvidenceTable {
  file: string;
  sheet: string;
  headers: readonly string[];
  select: string;
  from: string;
  /** The organisation's rows ($1). */
  where: string;
  /** The instant the period applies to; null: registers and master data, written whole. */
  period: string | null;
  keyset: readonly KeysetTerm[];
  cells(row: Record<string, unknown>, format: CellFormat): string[];
}

export interface EvidenceGroup {
  /** The group's workbook, e.g. `records/quality-records.xlsx`. */
  workbook: string;
  stage: string;
  tables: readonly EvidenceTable[];
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const time = (value: unknown, format: CellFormat): string => (value instanceof Date ? formatInstantCell(value, format.timeZone) : text(value));
const yesNo = (value: unknown, format: CellFormat): string => (value === null || value === undefined ? '' : formatBooleanCell(Boolean(value), format.language));
const phone = (value: unknown, format: CellFormat): string => (format.maskContacts && typeof value === 'string' && value ? maskPhone(value) : text(value));
const address = (value: unknown, format: CellFormat): string => (format.maskContacts && typeof value === 'string' && value ? maskAddress(value) : text(value));

/** A table reusing a record export's query and cells (its import layout), headers in Chinese. */
function fromRecordExport(type: keyof typeof RECORD_EXPORTS, file: string, sheet: string): EvidenceTable {
  const spec = RECORD_EXPORTS[type];
  return { file, sheet, headers: headerRow(spec.columns, 'zh'), select: spec.select, from: spec.from, where: spec.where, period: spec.period, keyset: spec.keyset, cells: spec.cells };
}

const requests: EvidenceTable = {
  file: 'records/service-requests.csv',
  sheet: '服务请求',
  headers: ['请求编号', '服务类型', '渠道', '优先级', '客户', '客户电话', '客户地址', '产品型号', '产品类别', '序列号', '故障描述', '网点', '报修时间', '受理时间', '解决时间', '关闭时间', '状态', '返修次数'],
  select: `sr.code, sr.type, sr.channel, sr.priority, c.name AS customer_name, c.phone AS customer_phone, c.address AS customer_address, p.model AS product_model,
           p.category AS product_category, u.serial_no, sr.fault_description, o.code AS outlet_code, sr.reported_at, sr.acknowledged_at, sr.resolved_at,
           coalesce(sr.closed_at, sr.cancelled_at) AS closed_at, sr.status, sr.reopen_count`,
  from: `service_requests sr JOIN customers c ON c.id = sr.customer_id JOIN products p ON p.id = sr.product_id
         JOIN outlets o ON o.id = sr.outlet_id LEFT JOIN product_units u ON u.id = sr.unit_id`,
  where: 'sr.org_id = $1',
  period: 'sr.reported_at',
  keyset: [{ expression: 'sr.reported_at', type: 'timestamptz' }, { expression: 'sr.id', type: 'uuid' }],
  cells: (row, format) => [
    text(row['code']), text(row['type']), text(row['channel']), text(row['priority']), text(row['customer_name']), phone(row['customer_phone'], format),
    address(row['customer_address'], format), text(row['product_model']), text(row['product_category']), text(row['serial_no']), text(row['fault_description']),
    text(row['outlet_code']), time(row['reported_at'], format), time(row['acknowledged_at'], format), time(row['resolved_at'], format), time(row['closed_at'], format),
    text(row['status']), text(row['reopen_count']),
  ],
};

/** Handling and results of the period's requests: every visit with arrival, diagnosis, parts, completion and the customer's feedback. */
const visits: EvidenceTable = {
  file: 'records/visits.csv',
  sheet: '处理与结果',
  headers: ['请求编号', '上门序号', '技术员', '到达时间', '诊断', '处理措施', '使用备件', '完成时间', '结果', '客户确认人', '客户反馈'],
  select: `sr.code AS request_code, v.seq, s.login AS technician, v.arrived_at, v.diagnosis, v.actions,
           (SELECT string_agg(sp.part_no || '*' || m.quantity, ';' ORDER BY m.at, m.id)
              FROM stock_movements m JOIN spare_parts sp ON sp.id = m.part_id
             WHERE m.org_id = v.org_id AND m.visit_id = v.id AND m.kind = 'CONSUMED') AS parts,
           v.completed_at, v.outcome, v.confirmed_by, v.customer_feedback`,
  from: 'visits v JOIN service_requests sr ON sr.id = v.request_id JOIN staff s ON s.id = v.technician_id',
  where: 'v.org_id = $1',
  period: 'sr.reported_at',
  keyset: [{ expression: 'sr.reported_at', type: 'timestamptz' }, { expression: 'sr.id', type: 'uuid' }, { expression: 'v.seq', type: 'int' }],
  cells: (row, format) => [
    text(row['request_code']), text(row['seq']), text(row['technician']), time(row['arrived_at'], format), text(row['diagnosis']), text(row['actions']), text(row['parts']),
    time(row['completed_at'], format), text(row['outcome']), text(row['confirmed_by']), text(row['customer_feedback']),
  ],
};

const returnVisits: EvidenceTable = {
  file: 'records/return-visits.csv',
  sheet: '回访',
  headers: ['请求编号', '请求关闭时间', '应回访时间', '状态', '尝试次数', '回访时间', '方式', '结果', '满意度评分', '推荐意愿', '意见'],
  select: 'sr.code AS request_code, rv.closed_at, rv.due_at, rv.status, rv.attempt_count, rv.done_at, rv.method, rv.outcome, rv.rating, rv.recommend, rv.comment',
  from: 'return_visits rv JOIN service_requests sr ON sr.id = rv.request_id',
  where: 'rv.org_id = $1',
  period: 'rv.closed_at',
  keyset: [{ expression: 'rv.closed_at', type: 'timestamptz' }, { expression: 'rv.id', type: 'uuid' }],
  cells: (row, format) => [
    text(row['request_code']), time(row['closed_at'], format), time(row['due_at'], format), text(row['status']), text(row['attempt_count']), time(row['done_at'], format),
    text(row['method']), text(row['outcome']), text(row['rating']), text(row['recommend']), text(row['comment']),
  ],
};

const surveys: EvidenceTable = {
  file: 'records/surveys.csv',
  sheet: '满意度调查',
  headers: ['请求编号', '来源', '提交时间', '总体评分', '推荐意愿', '分项评分', '意见'],
  select: `sr.code AS request_code, r.source, r.submitted_at, r.overall, r.recommend,
           (SELECT string_agg(f->>'key' || ':' || (f->>'score'), ';' ORDER BY f->>'key') FROM jsonb_array_elements(r.factor_scores) f) AS factors, r.comment`,
  from: 'survey_responses r JOIN service_requests sr ON sr.id = r.request_id',
  where: 'r.org_id = $1',
  period: 'r.submitted_at',
  keyset: [{ expression: 'r.submitted_at', type: 'timestamptz' }, { expression: 'r.id', type: 'uuid' }],
  cells: (row, format) => [
    text(row['request_code']), text(row['source']), time(row['submitted_at'], format), text(row['overall']), text(row['recommend']), text(row['factors']), text(row['comment']),
  ],
};

const deliveries: EvidenceTable = {
  file: 'records/deliveries.csv',
  sheet: '送货安装',
  headers: ['请求编号', '类型', '状态', '预约开始', '预约结束', '人员', '完成时间', '到货状况', '签收人', '完成说明'],
  select: `sr.code AS request_code, d.kind, d.status, d.scheduled_from, d.scheduled_to, s.login AS staff, d.done_at, d.condition, d.signer_name, d.completion_note`,
  from: 'deliveries d JOIN service_requests sr ON sr.id = d.request_id LEFT JOIN staff s ON s.id = d.staff_id',
  where: 'd.org_id = $1',
  period: 'd.scheduled_from',
  keyset: [{ expression: 'd.scheduled_from', type: 'timestamptz' }, { expression: 'd.id', type: 'uuid' }],
  cells: (row, format) => [
    text(row['request_code']), text(row['kind']), text(row['status']), time(row['scheduled_from'], format), time(row['scheduled_to'], format), text(row['staff']),
    time(row['done_at'], format), text(row['condition']), text(row['signer_name']), text(row['completion_note']),
  ],
};

const warrantyDecisions: EvidenceTable = {
  file: 'records/warranty-decisions.csv',
  sheet: '保修判定',
  headers: ['请求编号', '判定', '理由', '保内', '系统判定保修状态', '人工改判', '改判理由', '退款金额', '判定人', '判定时间', '被取代时间'],
  select: `sr.code AS request_code, w.decision, w.reason, w.in_warranty, w.derived_warranty_status, w.warranty_overridden, w.override_reason,
           w.refund_amount::text AS refund_amount, s.login AS decided_by, w.decided_at, w.superseded_at`,
  from: 'warranty_decisions w JOIN service_requests sr ON sr.id = w.request_id JOIN staff s ON s.id = w.decided_by_id',
  where: 'w.org_id = $1',
  period: 'w.decided_at',
  keyset: [{ expression: 'w.decided_at', type: 'timestamptz' }, { expression: 'w.id', type: 'uuid' }],
  cells: (row, format) => [
    text(row['request_code']), text(row['decision']), text(row['reason']), yesNo(row['in_warranty'], format), text(row['derived_warranty_status']),
    yesNo(row['warranty_overridden'], format), text(row['override_reason']), text(row['refund_amount']), text(row['decided_by']), time(row['decided_at'], format),
    time(row['superseded_at'], format),
  ],
};

const takeBacks: EvidenceTable = {
  file: 'records/take-backs.csv',
  sheet: '废旧产品回收',
  headers: ['网点', '产品型号', '数量', '处置方式', '处置单位', '处置证明编号', '回收时间', '请求编号', '备注'],
  select: 'o.code AS outlet_code, p.model AS product_model, t.quantity, t.disposal_method, t.disposer, t.certificate_no, t.collected_at, sr.code AS request_code, t.note',
  from: 'take_backs t JOIN outlets o ON o.id = t.outlet_id JOIN products p ON p.id = t.product_id LEFT JOIN service_requests sr ON sr.id = t.request_id',
  where: 't.org_id = $1',
  period: 't.collected_at',
  keyset: [{ expression: 't.collected_at', type: 'timestamptz' }, { expression: 't.id', type: 'uuid' }],
  cells: (row, format) => [
    text(row['outlet_code']), text(row['product_model']), text(row['quantity']), text(row['disposal_method']), text(row['disposer']), text(row['certificate_no']),
    time(row['collected_at'], format), text(row['request_code']), text(row['note']),
  ],
};

const evaluations: EvidenceTable = {
  file: 'personnel/evaluations.csv',
  sheet: '人员考评',
  headers: ['登录名', '姓名', '考评开始', '考评结束', '服务态度', '解决问题能力', '客户满意度', '得分', '考评人', '备注'],
  select: `s.login, s.name, e.period_from::text AS period_from, e.period_to::text AS period_to, e.attitude, e.problem_solving, e.satisfaction, e.score::text AS score,
           ev.login AS evaluator, e.note`,
  from: 'staff_evaluations e JOIN staff s ON s.id = e.staff_id JOIN staff ev ON ev.id = e.evaluator_id',
  where: 'e.org_id = $1',
  period: null,
  keyset: [{ expression: 'e.period_from', type: 'date' }, { expression: 's.login', type: 'text' }, { expression: 'e.id', type: 'uuid' }],
  cells: (row) => [
    text(row['login']), text(row['name']), text(row['period_from']), text(row['period_to']), text(row['attitude']), text(row['problem_solving']), text(row['satisfaction']),
    text(row['score']), text(row['evaluator']), text(row['note']),
  ],
};

/** Where a controlled document's file sits in the package (null without a file). */
export function documentFilePath(row: { document_type: unknown; version_label: unknown; id: unknown; file_name: unknown }): string | null {
  if (!row.file_name) return null;
  // Separators, characters Windows refuses and control characters become _.
  const safe = (value: unknown): string =>
    [...String(value)]
      .map((char) => (/[\\/:*?"<>|]/.test(char) || char.charCodeAt(0) < 0x20 ? '_' : char))
      .join('')
      .slice(0, 120);
  return `documents/files/${safe(row.document_type)}/${safe(row.version_label)}-${String(row.id).slice(0, 8)}/${safe(row.file_name)}`;
}

const documents: EvidenceTable = {
  file: 'registers/controlled-documents.csv',
  sheet: '受控文件',
  headers: ['文件类型', '标题', '版本', '状态', '批准人', '批准时间', '生效日期', '失效日期', '文件名', 'SHA-256', '包内文件'],
  select: `d.id, d.document_type, d.title, d.version_label, d.status, ap.login AS approved_by, d.approved_at, d.effective_from::text AS effective_from,
           d.effective_to::text AS effective_to, a.file_name, a.sha256`,
  from: 'controlled_documents d LEFT JOIN staff ap ON ap.id = d.approved_by LEFT JOIN attachments a ON a.id = d.file_attachment_id',
  where: 'd.org_id = $1',
  period: null,
  keyset: [{ expression: 'd.document_type', type: 'text' }, { expression: 'd.created_at', type: 'timestamptz' }, { expression: 'd.id', type: 'uuid' }],
  cells: (row, format) => [
    text(row['document_type']), text(row['title']), text(row['version_label']), text(row['status']), text(row['approved_by']), time(row['approved_at'], format),
    text(row['effective_from']), text(row['effective_to']), text(row['file_name']), text(row['sha256']),
    text(documentFilePath(row as { document_type: unknown; version_label: unknown; id: unknown; file_name: unknown })),
  ],
};

const internalAudits: EvidenceTable = {
  file: 'registers/internal-audits.csv',
  sheet: '内部审核',
  headers: ['标题', '计划日期', '实施日期', '状态', '范围', '审核员', '报告文件'],
  select: `ia.title, ia.planned_date::text AS planned_date, ia.performed_date::text AS performed_date, ia.status, ia.scope, array_to_string(ia.auditors, ';') AS auditors,
           rd.title AS report`,
  from: 'internal_audits ia LEFT JOIN controlled_documents rd ON rd.id = ia.report_document_id',
  where: 'ia.org_id = $1',
  period: null,
  keyset: [{ expression: 'ia.planned_date', type: 'date' }, { expression: 'ia.id', type: 'uuid' }],
  cells: (row) => [text(row['title']), text(row['planned_date']), text(row['performed_date']), text(row['status']), text(row['scope']), text(row['auditors']), text(row['report'])],
};

const managementReviews: EvidenceTable = {
  file: 'registers/management-reviews.csv',
  sheet: '管理评审',
  headers: ['标题', '评审日期', '主持人', '参加人员', '输入', '决定', '报告文件'],
  select: `mr.title, mr.review_date::text AS review_date, mr.chair, array_to_string(mr.attendees, ';') AS attendees, mr.inputs, mr.decisions, rd.title AS report`,
  from: 'management_reviews mr LEFT JOIN controlled_documents rd ON rd.id = mr.report_document_id',
  where: 'mr.org_id = $1',
  period: null,
  keyset: [{ expression: 'mr.review_date', type: 'date' }, { expression: 'mr.id', type: 'uuid' }],
  cells: (row) => [text(row['title']), text(row['review_date']), text(row['chair']), text(row['attendees']), text(row['inputs']), text(row['decisions']), text(row['report'])],
};

const correctiveActions: EvidenceTable = {
  file: 'registers/corrective-actions.csv',
  sheet: '纠正措施',
  headers: ['来源', '来源编号', '问题', '根本原因', '措施', '负责人', '完成期限', '状态', '完成日期', '完成说明', '有效性验证结果', '验证日期', '验证人', '验证说明'],
  select: `ca.source, ca.source_reference, ca.problem, ca.root_cause, ca.action, o.login AS owner, ca.due_date::text AS due_date, ca.status,
           ca.completed_on::text AS completed_on, ca.completion_note, ca.effectiveness_result, ca.effectiveness_checked_on::text AS checked_on, ck.login AS checked_by,
           ca.effectiveness_note`,
  from: 'corrective_actions ca JOIN staff o ON o.id = ca.owner_id LEFT JOIN staff ck ON ck.id = ca.effectiveness_checked_by',
  where: 'ca.org_id = $1',
  period: null,
  keyset: [{ expression: 'ca.created_at', type: 'timestamptz' }, { expression: 'ca.id', type: 'uuid' }],
  cells: (row) => [
    text(row['source']), text(row['source_reference']), text(row['problem']), text(row['root_cause']), text(row['action']), text(row['owner']), text(row['due_date']),
    text(row['status']), text(row['completed_on']), text(row['completion_note']), text(row['effectiveness_result']), text(row['checked_on']), text(row['checked_by']),
    text(row['effectiveness_note']),
  ],
};

const changeNotifications: EvidenceTable = {
  file: 'registers/change-notifications.csv',
  sheet: '变更通知',
  headers: ['变更类型', '说明', '发生日期', '通知期限', '认证机构', '通知日期', '通知编号'],
  select: `cn.kind, cn.description, cn.occurred_on::text AS occurred_on, cn.deadline::text AS deadline, cn.certification_body, cn.notified_on::text AS notified_on,
           cn.notification_reference`,
  from: 'change_notifications cn',
  where: 'cn.org_id = $1',
  period: null,
  keyset: [{ expression: 'cn.occurred_on', type: 'date' }, { expression: 'cn.id', type: 'uuid' }],
  cells: (row) => [
    text(row['kind']), text(row['description']), text(row['occurred_on']), text(row['deadline']), text(row['certification_body']), text(row['notified_on']),
    text(row['notification_reference']),
  ],
};

export const CONTROLLED_DOCUMENTS_TABLE = documents;

export const EVIDENCE_GROUPS: readonly EvidenceGroup[] = [
  {
    workbook: 'records/quality-records.xlsx',
    stage: 'records',
    tables: [
      requests,
      visits,
      fromRecordExport('complaints', 'records/complaints.csv', '投诉'),
      returnVisits,
      surveys,
      deliveries,
      warrantyDecisions,
      takeBacks,
    ],
  },
  {
    workbook: 'personnel/personnel-register.xlsx',
    stage: 'personnel',
    tables: [
      fromRecordExport('staff', 'personnel/staff.csv', '人员'),
      fromRecordExport('qualifications', 'personnel/qualifications.csv', '资质证书'),
      fromRecordExport('trainings', 'personnel/trainings.csv', '培训'),
      evaluations,
    ],
  },
  {
    workbook: 'registers/quality-management-registers.xlsx',
    stage: 'registers',
    tables: [documents, internalAudits, managementReviews, correctiveActions, changeNotifications],
  },
];
