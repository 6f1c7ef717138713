import type { Locale } from '../common/field-error';
import type { ComplaintSeverity } from '../kpi/kpi-records';
import { MS_PER_HOUR, MS_PER_MINUTE, targetsForOutlet, type KpiTargets } from '../kpi/kpi-targets';
import type { Priority, ServiceType } from '../service-request/service-request.types';
import type { SampleResult } from './assessment.types';
import type { SampleRecordType } from './indicator-catalog.types';

/**
 * What "complete" and "timely" mean for each kind of record an auditor samples (gbt27922.md, seed
 * 001 §3–4). A sampled record with any finding is non-conforming; the criterion then loses points in
 * proportion (scoring rule 2). Each record type has its facts (loaded by the API) and its rules here.
 *
 * Decisions where the standard is silent:
 * - SERVICE_REQUEST: the requests resolved in the period (a finished record can be audited whole);
 *   a repair needs a fault description, a visit with diagnosis, completion time and the customer's
 *   confirmation; every request must be acknowledged within its priority's response target and its
 *   first visit (if any) made within the arrival target.
 * - COMPLAINT: the complaints closed in the period; channel, description, resolution and the
 *   customer's answer recorded; acknowledged and closed within the targets of kpis.md.
 * - DELIVERY: the deliveries done in the period; condition and signer recorded, goods intact, done by
 *   the end of the agreed window.
 * - WARRANTY_DECISION: the decisions made in the period (superseded ones included, as made); a reason,
 *   and an override reason when the warranty status was overridden. No time limit is checked: the
 *   law's 三包 limits depend on the product, so an assessor judges lateness.
 * - TAKE_BACK: the take-backs collected in the period; disposer and disposal certificate recorded.
 * - STAFF: the technicians active at period end; a qualification valid at period end and a
 *   performance evaluation overlapping the period.
 * - CUSTOMER: customers with a request reported in the period; name, phone and address recorded.
 * FACILITY and CORRECTIVE_ACTION have no register in StarDesk yet: an assessor records those.
 */
export const SAMPLE_FINDING_CODES = [
  'missingFaultDescription',
  'missingVisit',
  'missingDiagnosis',
  'missingCompletionTime',
  'missingCustomerConfirmation',
  'lateResponse',
  'lateArrival',
  'missingChannel',
  'missingDescription',
  'missingResolution',
  'notClosedWithCustomer',
  'lateAcknowledgement',
  'lateClosure',
  'missingCondition',
  'notIntact',
  'missingSignature',
  'lateDelivery',
  'missingReason',
  'missingOverrideReason',
  'missingDisposer',
  'missingDisposalCertificate',
  'noValidQualification',
  'noEvaluation',
  'missingName',
  'missingPhone',
  'missingAddress',
] as const;
export type SampleFindingCode = (typeof SAMPLE_FINDING_CODES)[number];

export const SAMPLE_FINDING_ASPECTS = ['COMPLETENESS', 'TIMELINESS'] as const;
export type SampleFindingAspect = (typeof SAMPLE_FINDING_ASPECTS)[number];

export interface SampleFinding {
  aspect: SampleFindingAspect;
  code: SampleFindingCode;
}

export interface ServiceRequestSampleFacts {
  recordType: 'SERVICE_REQUEST';
  id: string;
  type: ServiceType;
  priority: Priority;
  outletId: string;
  faultDescription: string | null;
  reportedAt: Date;
  acknowledgedAt: Date | null;
  /** Visits in order, first visit first. */
  visits: readonly { arrivedAt: Date; completedAt: Date | null; diagnosis: string | null; confirmedBy: string | null; customerFeedback: string | null }[];
}

export interface ComplaintSampleFacts {
  recordType: 'COMPLAINT';
  id: string;
  outletId: string | null;
  severity: ComplaintSeverity;
  channel: string | null;
  description: string | null;
  resolution: string | null;
  customerAccepted: boolean | null;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  closedAt: Date | null;
}

export interface DeliverySampleFacts {
  recordType: 'DELIVERY';
  id: string;
  scheduledTo: Date;
  doneAt: Date | null;
  condition: string | null;
  signerName: string | null;
}

export interface WarrantyDecisionSampleFacts {
  recordType: 'WARRANTY_DECISION';
  id: string;
  reason: string | null;
  warrantyOverridden: boolean;
  overrideReason: string | null;
}

export interface TakeBackSampleFacts {
  recordType: 'TAKE_BACK';
  id: string;
  disposer: string | null;
  certificateNo: string | null;
}

export interface StaffSampleFacts {
  recordType: 'STAFF';
  id: string;
  hasValidQualification: boolean;
  hasEvaluation: boolean;
}

export interface CustomerSampleFacts {
  recordType: 'CUSTOMER';
  id: string;
  name: string | null;
  phone: string | null;
  address: string | null;
}

export type SampledRecordFacts =
  | ServiceRequestSampleFacts
  | ComplaintSampleFacts
  | DeliverySampleFacts
  | WarrantyDecisionSampleFacts
  | TakeBackSampleFacts
  | StaffSampleFacts
  | CustomerSampleFacts;

/** Record types whose records StarDesk keeps, so that a sample can be drawn and checked. */
export const CHECKABLE_SAMPLE_RECORD_TYPES: readonly SampleRecordType[] = ['SERVICE_REQUEST', 'COMPLAINT', 'DELIVERY', 'WARRANTY_DECISION', 'TAKE_BACK', 'STAFF', 'CUSTOMER'];

const blank = (value: string | null): boolean => value === null || value.trim() === '';
const hoursBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / MS_PER_HOUR;

/** Every finding on one sampled record; an empty list means the record conforms. */
export function sampleFindings(record: SampledRecordFacts, targets: KpiTargets): SampleFinding[] {
  const findings: SampleFinding[] = [];
  const complete = (failed: boolean, code: SampleFindingCode): void => {
    if (failed) findings.push({ aspect: 'COMPLETENESS', code });
  };
  const timely = (failed: boolean, code: SampleFindingCode): void => {
    if (failed) findings.push({ aspect: 'TIMELINESS', code });
  };
  switch (record.recordType) {
    case 'SERVICE_REQUEST': {
      const own = targetsForOutlet(targets, record.outletId);
      const repair = record.type === 'REPAIR';
      const first = record.visits[0];
      complete(repair && blank(record.faultDescription), 'missingFaultDescription');
      complete(repair && first === undefined, 'missingVisit');
      complete(first !== undefined && record.visits.every((visit) => blank(visit.diagnosis)), 'missingDiagnosis');
      complete(first !== undefined && record.visits.every((visit) => visit.completedAt === null), 'missingCompletionTime');
      complete(first !== undefined && record.visits.every((visit) => blank(visit.confirmedBy) && blank(visit.customerFeedback)), 'missingCustomerConfirmation');
      const responseLimit = own.responseMinutes[record.priority] * MS_PER_MINUTE;
      timely(record.acknowledgedAt === null || record.acknowledgedAt.getTime() - record.reportedAt.getTime() > responseLimit, 'lateResponse');
      timely(first !== undefined && hoursBetween(record.reportedAt, first.arrivedAt) > own.arrivalHours, 'lateArrival');
      break;
    }
    case 'COMPLAINT': {
      const own = targetsForOutlet(targets, record.outletId);
      complete(blank(record.channel), 'missingChannel');
      complete(blank(record.description), 'missingDescription');
      complete(blank(record.resolution), 'missingResolution');
      complete(record.customerAccepted === null, 'notClosedWithCustomer');
      timely(record.acknowledgedAt === null || hoursBetween(record.receivedAt, record.acknowledgedAt) > own.complaintAcknowledgementHours, 'lateAcknowledgement');
      timely(record.closedAt === null || hoursBetween(record.receivedAt, record.closedAt) > own.complaintResolutionHours[record.severity], 'lateClosure');
      break;
    }
    case 'DELIVERY':
      complete(blank(record.condition), 'missingCondition');
      complete(!blank(record.condition) && record.condition !== 'INTACT', 'notIntact');
      complete(blank(record.signerName), 'missingSignature');
      timely(record.doneAt === null || record.doneAt.getTime() > record.scheduledTo.getTime(), 'lateDelivery');
      break;
    case 'WARRANTY_DECISION':
      complete(blank(record.reason), 'missingReason');
      complete(record.warrantyOverridden && blank(record.overrideReason), 'missingOverrideReason');
      break;
    case 'TAKE_BACK':
      complete(blank(record.disposer), 'missingDisposer');
      complete(blank(record.certificateNo), 'missingDisposalCertificate');
      break;
    case 'STAFF':
      complete(!record.hasValidQualification, 'noValidQualification');
      complete(!record.hasEvaluation, 'noEvaluation');
      break;
    case 'CUSTOMER':
      complete(blank(record.name), 'missingName');
      complete(blank(record.phone), 'missingPhone');
      complete(blank(record.address), 'missingAddress');
      break;
  }
  return findings;
}

/** One sampled record with what the check found, as stored with the assessment. */
export interface SampledRecord {
  recordId: string;
  findings: SampleFinding[];
}

/** The scoring input of a checked sample; null for an empty sample (nothing to score: an assessor decides). */
export function sampleResultOf(records: readonly SampledRecord[], seed: string): SampleResult | null {
  if (records.length === 0) return null;
  return { outcome: 'SAMPLED', sampled: records.length, nonConforming: records.filter((record) => record.findings.length > 0).length, seed };
}

/** The seed of one criterion's sample: distinct per criterion, so two STAFF samples differ. */
export function criterionSampleSeed(assessmentSeed: string, criterionKey: string): string {
  return `${assessmentSeed}:${criterionKey}`;
}

export const SAMPLE_FINDING_LABELS: Record<SampleFindingCode, Record<Locale, string>> = {
  missingFaultDescription: { 'zh-CN': '缺少故障描述', en: 'No fault description' },
  missingVisit: { 'zh-CN': '无上门记录', en: 'No visit recorded' },
  missingDiagnosis: { 'zh-CN': '缺少故障诊断', en: 'No diagnosis' },
  missingCompletionTime: { 'zh-CN': '缺少完工时间', en: 'No completion time' },
  missingCustomerConfirmation: { 'zh-CN': '缺少顾客确认', en: 'No customer confirmation' },
  lateResponse: { 'zh-CN': '未在时限内响应', en: 'Not acknowledged in time' },
  lateArrival: { 'zh-CN': '未在时限内上门', en: 'First visit late' },
  missingChannel: { 'zh-CN': '缺少受理渠道', en: 'No channel of receipt' },
  missingDescription: { 'zh-CN': '缺少投诉内容', en: 'No description' },
  missingResolution: { 'zh-CN': '缺少处理结果', en: 'No resolution recorded' },
  notClosedWithCustomer: { 'zh-CN': '未与顾客确认关闭', en: 'Not closed with the customer' },
  lateAcknowledgement: { 'zh-CN': '未在时限内确认', en: 'Not acknowledged in time' },
  lateClosure: { 'zh-CN': '未在时限内处理完毕', en: 'Not closed in time' },
  missingCondition: { 'zh-CN': '缺少到货状况', en: 'No arrival condition' },
  notIntact: { 'zh-CN': '商品送达时不完好', en: 'Goods not intact on arrival' },
  missingSignature: { 'zh-CN': '缺少顾客签收', en: 'Not signed for' },
  lateDelivery: { 'zh-CN': '未按约定时间送达', en: 'Not delivered in the agreed window' },
  missingReason: { 'zh-CN': '缺少判定依据', en: 'No reason for the decision' },
  missingOverrideReason: { 'zh-CN': '改判保修状态但无理由', en: 'Warranty status overridden without a reason' },
  missingDisposer: { 'zh-CN': '缺少处置单位', en: 'No disposer recorded' },
  missingDisposalCertificate: { 'zh-CN': '缺少处置证明', en: 'No disposal certificate' },
  noValidQualification: { 'zh-CN': '期末无有效资格证书', en: 'No valid qualification at period end' },
  noEvaluation: { 'zh-CN': '期内无绩效考核', en: 'No performance evaluation in the period' },
  missingName: { 'zh-CN': '缺少姓名', en: 'No name' },
  missingPhone: { 'zh-CN': '缺少电话', en: 'No phone' },
  missingAddress: { 'zh-CN': '缺少地址', en: 'No address' },
};

