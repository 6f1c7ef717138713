import type { Locale } from '../common/field-error';
import type { RequestStatus } from './service-request.types';

type Label = Record<Locale, string>;

/**
 * Each status has the label staff work with and the label a customer sees on the portal: customers
 * are told what happens for them ("engineer on the way"), not the internal workflow step.
 */
export const REQUEST_STATUS_LABELS: Record<RequestStatus, { staff: Label; customer: Label }> = {
  NEW: { staff: { 'zh-CN': '新建', en: 'New' }, customer: { 'zh-CN': '已提交', en: 'Submitted' } },
  ACKNOWLEDGED: { staff: { 'zh-CN': '已受理', en: 'Acknowledged' }, customer: { 'zh-CN': '已受理', en: 'Received' } },
  DISPATCHED: { staff: { 'zh-CN': '已派工', en: 'Dispatched' }, customer: { 'zh-CN': '已安排工程师', en: 'Engineer assigned' } },
  IN_PROGRESS: { staff: { 'zh-CN': '处理中', en: 'In progress' }, customer: { 'zh-CN': '服务中', en: 'Being serviced' } },
  ON_HOLD: { staff: { 'zh-CN': '挂起', en: 'On hold' }, customer: { 'zh-CN': '等待中（如待配件）', en: 'Waiting (e.g. for parts)' } },
  RESOLVED: { staff: { 'zh-CN': '已解决', en: 'Resolved' }, customer: { 'zh-CN': '已完成，待确认', en: 'Done, awaiting your confirmation' } },
  CLOSED: { staff: { 'zh-CN': '已关闭', en: 'Closed' }, customer: { 'zh-CN': '已完成', en: 'Completed' } },
  CANCELLED: { staff: { 'zh-CN': '已取消', en: 'Cancelled' }, customer: { 'zh-CN': '已取消', en: 'Cancelled' } },
};

export function staffStatusLabel(status: RequestStatus, locale: Locale): string {
  return REQUEST_STATUS_LABELS[status].staff[locale];
}

export function customerStatusLabel(status: RequestStatus, locale: Locale): string {
  return REQUEST_STATUS_LABELS[status].customer[locale];
}
