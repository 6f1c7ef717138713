import type { Locale } from '../common/field-error';
import { isValidPhone, normalisePhone } from '../common/phone';
import { isValidLocalDate } from '../common/time-zone';
import { FieldErrors } from '../common/validation.util';
import { LIMITS, type ValidationResult } from './validate-new-service-request';

/** What a customer may ask for on the public portal; deliveries, returns and consultations go through staff. */
export const PORTAL_SERVICE_TYPES = ['REPAIR', 'INSTALLATION', 'MAINTENANCE'] as const;
export type PortalServiceType = (typeof PORTAL_SERVICE_TYPES)[number];

/** Part of the day the customer would like the visit; ANY leaves it to the dispatcher. */
export const PREFERRED_PERIODS = ['MORNING', 'AFTERNOON', 'EVENING', 'ANY'] as const;
export type PreferredPeriod = (typeof PREFERRED_PERIODS)[number];

export const PREFERRED_PERIOD_LABELS: Record<PreferredPeriod, Record<Locale, string>> = {
  MORNING: { 'zh-CN': '上午', en: 'Morning' },
  AFTERNOON: { 'zh-CN': '下午', en: 'Afternoon' },
  EVENING: { 'zh-CN': '晚上', en: 'Evening' },
  ANY: { 'zh-CN': '任意时间', en: 'Any time' },
};

/** How far ahead a customer may ask for a visit. */
export const PORTAL_MAX_DAYS_AHEAD = 30;

export interface PortalRequestDraft {
  serviceType?: string | null;
  customerName?: string | null;
  customerPhone?: string | null;
  customerAddress?: string | null;
  productId?: string | null;
  serialNo?: string | null;
  faultDescription?: string | null;
  preferredDate?: string | null;
  preferredPeriod?: string | null;
  outletId?: string | null;
}

export interface ValidPortalRequest {
  serviceType: PortalServiceType;
  customerName: string;
  customerPhone: string;
  customerAddress: string;
  productId: string | null;
  serialNo: string | null;
  faultDescription: string;
  preferredDate: string | null;
  preferredPeriod: PreferredPeriod;
  outletId: string | null;
}

function addDays(localDate: string, days: number): string {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The rules of the portal form, shared by the API (authoritative) and the web page (instant feedback).
 * `today` is the local date where the organisation is. A product is named by its model or found by the
 * serial number; which of the two exists is decided after this, against the register.
 */
export function validatePortalRequest(draft: PortalRequestDraft, today: string): ValidationResult<ValidPortalRequest> {
  const errors = new FieldErrors();
  const trim = (value: string | null | undefined): string | null => (value == null ? null : value.trim() || null);

  const serviceType = trim(draft.serviceType) ?? 'REPAIR';
  errors.oneOf('serviceType', serviceType, PORTAL_SERVICE_TYPES);

  const customerName = trim(draft.customerName);
  if (errors.required('customerName', customerName)) errors.maxLength('customerName', customerName, LIMITS.name);
  const customerPhone = trim(draft.customerPhone);
  if (errors.required('customerPhone', customerPhone) && customerPhone && !isValidPhone(customerPhone)) {
    errors.add({ field: 'customerPhone', code: 'invalidPhone' });
  }
  const customerAddress = trim(draft.customerAddress);
  if (errors.required('customerAddress', customerAddress)) errors.maxLength('customerAddress', customerAddress, LIMITS.address);

  const productId = trim(draft.productId);
  const serialNo = trim(draft.serialNo);
  if (!productId && !serialNo) errors.add({ field: 'productId', code: 'productOrSerialRequired' });
  errors.maxLength('serialNo', serialNo, LIMITS.serialNo);

  const fault = trim(draft.faultDescription);
  if (errors.required('faultDescription', fault)) errors.maxLength('faultDescription', fault, LIMITS.fault);

  const preferredDate = trim(draft.preferredDate);
  if (preferredDate) {
    if (!isValidLocalDate(preferredDate)) errors.add({ field: 'preferredDate', code: 'invalidDate' });
    else if (preferredDate < today) errors.add({ field: 'preferredDate', code: 'beforeToday' });
    else if (preferredDate > addDays(today, PORTAL_MAX_DAYS_AHEAD)) {
      errors.add({ field: 'preferredDate', code: 'tooFarAhead', params: { days: PORTAL_MAX_DAYS_AHEAD } });
    }
  }
  const preferredPeriod = trim(draft.preferredPeriod) ?? 'ANY';
  errors.oneOf('preferredPeriod', preferredPeriod, PREFERRED_PERIODS);

  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return {
    ok: true,
    value: {
      serviceType: serviceType as PortalServiceType,
      customerName: customerName!,
      customerPhone: normalisePhone(customerPhone!),
      customerAddress: customerAddress!,
      productId,
      serialNo,
      faultDescription: fault!,
      preferredDate,
      preferredPeriod: preferredPeriod as PreferredPeriod,
      outletId: trim(draft.outletId),
    },
  };
}

/** The note on the request's first event that tells the dispatcher when the customer would like the visit. */
export function preferredTimeNote(date: string | null, period: PreferredPeriod): string {
  const when = `${date ?? '时间不限'} ${PREFERRED_PERIOD_LABELS[period]['zh-CN']}`;
  return `客户在服务门户提交，期望上门：${when}`;
}

/**
 * What the portal shows of the technician: the given name of a Latin-script name, the family name of a
 * Chinese one (shown as 「王师傅」), never the full name.
 */
export function technicianShortName(fullName: string): string {
  const name = fullName.trim();
  if (!name) return '';
  if (/^[\u3400-\u9fff]/.test(name)) return name.charAt(0);
  return name.split(/\s+/)[0]!;
}
