import type { Locale } from '../common/field-error';
import type { VisitOutcome, VisitPartMovement } from './visit.types';

type Label = Record<Locale, string>;

export const VISIT_OUTCOME_LABELS: Record<VisitOutcome, Label> = {
  FIXED: { 'zh-CN': '已修复', en: 'Fixed' },
  NOT_FIXED: { 'zh-CN': '未修复', en: 'Not fixed' },
  NEEDS_PARTS: { 'zh-CN': '待配件', en: 'Needs parts' },
  CUSTOMER_ABSENT: { 'zh-CN': '客户不在', en: 'Customer absent' },
};

export const VISIT_PART_MOVEMENT_LABELS: Record<VisitPartMovement, Label> = {
  CONSUMED: { 'zh-CN': '更换使用', en: 'Fitted' },
  RETURNED: { 'zh-CN': '退回库存', en: 'Returned to stock' },
  RECYCLED: { 'zh-CN': '旧件回收', en: 'Recycled' },
};
