import type { Locale } from '../common/field-error';
import type { ServiceType } from '../service-request/service-request.types';

/** Vocabulary of deliveries and installations (配送 / 安装). */

/** A delivery or installation belongs to a request of one of these types. */
export const DELIVERY_REQUEST_TYPES = ['DELIVERY', 'INSTALLATION'] as const satisfies readonly ServiceType[];
export type DeliveryKind = (typeof DELIVERY_REQUEST_TYPES)[number];

/** SCHEDULED until the driver or technician records it done; a done delivery never changes. */
export const DELIVERY_STATUSES = ['SCHEDULED', 'DONE'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** How the goods arrived, as the customer signed for them (签收状态). */
export const ARRIVAL_CONDITIONS = ['INTACT', 'DAMAGED_PACKAGING', 'DAMAGED_PRODUCT', 'MISSING_ITEMS', 'WRONG_ITEM'] as const;
export type ArrivalCondition = (typeof ARRIVAL_CONDITIONS)[number];

/** Done against the scheduled window: before it, within it (bounds included), or after it. */
export const DELIVERY_PUNCTUALITIES = ['EARLY', 'ON_TIME', 'LATE'] as const;
export type DeliveryPunctuality = (typeof DELIVERY_PUNCTUALITIES)[number];

type Label = Record<Locale, string>;

export const DELIVERY_KIND_LABELS: Record<DeliveryKind, Label> = {
  DELIVERY: { 'zh-CN': '配送', en: 'Delivery' },
  INSTALLATION: { 'zh-CN': '安装', en: 'Installation' },
};

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, Label> = {
  SCHEDULED: { 'zh-CN': '已预约', en: 'Scheduled' },
  DONE: { 'zh-CN': '已完成', en: 'Done' },
};

export const ARRIVAL_CONDITION_LABELS: Record<ArrivalCondition, Label> = {
  INTACT: { 'zh-CN': '完好', en: 'Intact' },
  DAMAGED_PACKAGING: { 'zh-CN': '外包装破损', en: 'Damaged packaging' },
  DAMAGED_PRODUCT: { 'zh-CN': '商品损坏', en: 'Damaged product' },
  MISSING_ITEMS: { 'zh-CN': '缺件', en: 'Items missing' },
  WRONG_ITEM: { 'zh-CN': '错发商品', en: 'Wrong item' },
};

export const DELIVERY_PUNCTUALITY_LABELS: Record<DeliveryPunctuality, Label> = {
  EARLY: { 'zh-CN': '提前完成', en: 'Early' },
  ON_TIME: { 'zh-CN': '按约完成', en: 'On time' },
  LATE: { 'zh-CN': '超时完成', en: 'Late' },
};

/** Where the done time falls against the window the customer was promised. */
export function deliveryPunctuality(window: { from: Date; to: Date }, doneAt: Date): DeliveryPunctuality {
  if (doneAt < window.from) return 'EARLY';
  return doneAt > window.to ? 'LATE' : 'ON_TIME';
}
