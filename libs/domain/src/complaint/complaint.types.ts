import type { Locale } from '../common/field-error';
import { COMPLAINT_SEVERITIES, type ComplaintSeverity } from '../kpi/kpi-records';
import { CHANNELS, type Channel } from '../service-request/service-request.types';

/**
 * Vocabulary of complaints (投诉), kept apart from service requests: a complaint is about how the
 * enterprise served, may or may not name a request, and is measured by its own targets (kpis.md).
 */

/** The KPI records already define the severities; complaints use the very same list. */
export { COMPLAINT_SEVERITIES, type ComplaintSeverity };

/** Customers complain through the channels they report faults through. */
export const COMPLAINT_CHANNELS = CHANNELS;
export type ComplaintChannel = Channel;

export const COMPLAINT_STATUSES = ['RECEIVED', 'ACKNOWLEDGED', 'CLOSED'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = ['RECEIVED', 'ACKNOWLEDGED'];

/** 1 = 网点 (the outlet handles it), 2 = 区域 (the regional manager), 3 = 总部 (headquarters). */
export const COMPLAINT_ESCALATION_LEVELS = [1, 2, 3] as const;
export type ComplaintEscalationLevel = (typeof COMPLAINT_ESCALATION_LEVELS)[number];
export const FIRST_ESCALATION_LEVEL: ComplaintEscalationLevel = 1;
export const TOP_ESCALATION_LEVEL: ComplaintEscalationLevel = 3;

/** Who raised the level: staff by hand (with a reason), or the escalation job when a deadline passed. */
export const COMPLAINT_ESCALATION_REASONS = ['MANUAL', 'DEADLINE_PASSED'] as const;
export type ComplaintEscalationReason = (typeof COMPLAINT_ESCALATION_REASONS)[number];

/** The two commitments of kpis.md: acknowledge within 24 h, close within the severity's target. */
export const COMPLAINT_DEADLINE_KINDS = ['ACKNOWLEDGEMENT', 'RESOLUTION'] as const;
export type ComplaintDeadlineKind = (typeof COMPLAINT_DEADLINE_KINDS)[number];

/** What a complaint event records: its receipt, or one of the commands applied to it. */
export const COMPLAINT_ACTIONS = ['RECEIVE', 'ACKNOWLEDGE', 'ESCALATE', 'CLOSE'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

type Label = Record<Locale, string>;

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, Label> = {
  RECEIVED: { 'zh-CN': '已登记', en: 'Received' },
  ACKNOWLEDGED: { 'zh-CN': '处理中', en: 'Acknowledged' },
  CLOSED: { 'zh-CN': '已办结', en: 'Closed' },
};

export const COMPLAINT_LEVEL_LABELS: Record<ComplaintEscalationLevel, Label> = {
  1: { 'zh-CN': '网点', en: 'Outlet' },
  2: { 'zh-CN': '区域', en: 'Region' },
  3: { 'zh-CN': '总部', en: 'Headquarters' },
};

export function complaintStatusLabel(status: ComplaintStatus, locale: Locale): string {
  return COMPLAINT_STATUS_LABELS[status][locale];
}

export function complaintLevelLabel(level: number, locale: Locale): string {
  return COMPLAINT_LEVEL_LABELS[level as ComplaintEscalationLevel]?.[locale] ?? String(level);
}
