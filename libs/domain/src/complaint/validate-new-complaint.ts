import { isValidPhone } from '../common/phone';
import { FieldErrors, parseInstant } from '../common/validation.util';
import type { ValidationResult } from '../service-request/validate-new-service-request';
import { COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES, type ComplaintChannel, type ComplaintSeverity } from './complaint.types';

/** What a dispatcher (or the import) supplies to register a complaint, before lookups. */
export interface NewComplaintDraft {
  /** Given by the import or by staff numbering complaints themselves; generated when empty. */
  code?: string | null;
  channel?: string | null;
  severity?: string | null;
  category?: string | null;
  description?: string | null;
  /** The service request complained about, if any. */
  requestId?: string | null;
  /** The outlet handling the complaint; defaults to the request's outlet. */
  outletId?: string | null;
  customerName?: string | null;
  customerPhone?: string | null;
  receivedAt?: string | Date | null;
}

export interface ValidNewComplaint {
  code: string | null;
  channel: ComplaintChannel;
  severity: ComplaintSeverity;
  category: string | null;
  description: string;
  requestId: string | null;
  outletId: string | null;
  /** Null only when a request is named: the complaint is then the request's customer's. */
  customerName: string | null;
  customerPhone: string | null;
  receivedAt: Date;
}

export const COMPLAINT_FIELD_LIMITS = { name: 64, category: 64, description: 2000 } as const;

/** Same shape as organisation codes; generated codes (CP20261123-000042) fit it too. */
const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Every rule a new complaint must pass. Customer name and phone may be left out when the complaint
 * names a service request: it is then that request's customer who complains.
 */
export function validateNewComplaint(draft: NewComplaintDraft, now: Date): ValidationResult<ValidNewComplaint> {
  const errors = new FieldErrors();
  const trim = (value: string | null | undefined): string | null => (value == null ? null : value.trim() || null);

  const code = trim(draft.code)?.toUpperCase() ?? null;
  if (code && !CODE.test(code)) errors.add({ field: 'code', code: 'invalidCode' });
  if (errors.required('channel', draft.channel)) errors.oneOf('channel', draft.channel, COMPLAINT_CHANNELS);
  if (errors.required('severity', draft.severity)) errors.oneOf('severity', draft.severity, COMPLAINT_SEVERITIES);
  const category = trim(draft.category);
  errors.maxLength('category', category, COMPLAINT_FIELD_LIMITS.category);
  const description = trim(draft.description);
  if (errors.required('description', description)) errors.maxLength('description', description, COMPLAINT_FIELD_LIMITS.description);

  const requestId = trim(draft.requestId);
  const customerName = trim(draft.customerName);
  const customerPhone = trim(draft.customerPhone);
  const customerRequired = requestId === null || customerName !== null || customerPhone !== null;
  if (customerRequired) {
    if (errors.required('customerName', customerName)) errors.maxLength('customerName', customerName, COMPLAINT_FIELD_LIMITS.name);
    if (errors.required('customerPhone', customerPhone) && !isValidPhone(customerPhone!)) errors.add({ field: 'customerPhone', code: 'invalidPhone' });
  }

  let receivedAt = now;
  if (draft.receivedAt != null && draft.receivedAt !== '') {
    const parsed = parseInstant(draft.receivedAt);
    if (!parsed) errors.add({ field: 'receivedAt', code: 'invalidDate' });
    else if (parsed.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) errors.add({ field: 'receivedAt', code: 'inFuture' });
    else receivedAt = parsed;
  }

  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return {
    ok: true,
    value: {
      code,
      channel: draft.channel as ComplaintChannel,
      severity: draft.severity as ComplaintSeverity,
      category,
      description: description!,
      requestId,
      outletId: trim(draft.outletId),
      customerName,
      customerPhone,
      receivedAt,
    },
  };
}
