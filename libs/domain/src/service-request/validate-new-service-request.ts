import type { FieldError } from '../common/field-error';
import { isValidPhone } from '../common/phone';
import { isValidLocalDate } from '../common/time-zone';
import { FieldErrors, parseInstant } from '../common/validation.util';
import { CHANNELS, PRIORITIES, SERVICE_TYPES, type Channel, type Priority, type ServiceType } from './service-request.types';

/** What a dispatcher or the import supplies to open a request, before lookups. */
export interface NewServiceRequestDraft {
  type?: string | null;
  channel?: string | null;
  priority?: string | null;
  outletId?: string | null;
  productId?: string | null;
  customerName?: string | null;
  customerPhone?: string | null;
  customerAddress?: string | null;
  serialNo?: string | null;
  purchaseDate?: string | null;
  faultDescription?: string | null;
  reportedAt?: string | Date | null;
}

export interface ValidNewServiceRequest {
  type: ServiceType;
  channel: Channel;
  priority: Priority;
  outletId: string;
  productId: string;
  customerName: string;
  customerPhone: string;
  customerAddress: string | null;
  serialNo: string | null;
  purchaseDate: string | null;
  faultDescription: string | null;
  reportedAt: Date;
}

export const LIMITS = { name: 64, address: 200, serialNo: 64, fault: 2000 } as const;

/** Clock skew between a dispatcher's device and the server that is not yet "the future". */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Every rule a new request must pass, in one place, used by the API (authoritative) and the web form
 * (for instant feedback). Lookups that need the database (outlet, product exist) come after this.
 */
export function validateNewServiceRequest(draft: NewServiceRequestDraft, now: Date): ValidationResult<ValidNewServiceRequest> {
  const errors = new FieldErrors();
  const trim = (value: string | null | undefined): string | null => (value == null ? null : value.trim() || null);

  if (errors.required('type', draft.type)) errors.oneOf('type', draft.type, SERVICE_TYPES);
  if (errors.required('channel', draft.channel)) errors.oneOf('channel', draft.channel, CHANNELS);
  if (draft.priority != null) errors.oneOf('priority', draft.priority, PRIORITIES);
  errors.required('outletId', trim(draft.outletId));
  errors.required('productId', trim(draft.productId));

  const customerName = trim(draft.customerName);
  if (errors.required('customerName', customerName)) errors.maxLength('customerName', customerName, LIMITS.name);
  const customerPhone = trim(draft.customerPhone);
  if (errors.required('customerPhone', customerPhone) && customerPhone && !isValidPhone(customerPhone)) {
    errors.add({ field: 'customerPhone', code: 'invalidPhone' });
  }
  errors.maxLength('customerAddress', trim(draft.customerAddress), LIMITS.address);
  errors.maxLength('serialNo', trim(draft.serialNo), LIMITS.serialNo);

  const fault = trim(draft.faultDescription);
  if (draft.type === 'REPAIR') errors.required('faultDescription', fault);
  errors.maxLength('faultDescription', fault, LIMITS.fault);

  const purchaseDate = trim(draft.purchaseDate);
  if (purchaseDate && !isValidLocalDate(purchaseDate)) {
    errors.add({ field: 'purchaseDate', code: 'invalidDate' });
  } else if (purchaseDate && parseInstant(purchaseDate)!.getTime() > now.getTime()) {
    errors.add({ field: 'purchaseDate', code: 'inFuture' });
  }

  let reportedAt = now;
  if (draft.reportedAt != null && draft.reportedAt !== '') {
    const parsed = parseInstant(draft.reportedAt);
    if (!parsed) errors.add({ field: 'reportedAt', code: 'invalidDate' });
    else if (parsed.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) errors.add({ field: 'reportedAt', code: 'inFuture' });
    else reportedAt = parsed;
  }

  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return {
    ok: true,
    value: {
      type: draft.type as ServiceType,
      channel: draft.channel as Channel,
      priority: (draft.priority ?? 'NORMAL') as Priority,
      outletId: trim(draft.outletId)!,
      productId: trim(draft.productId)!,
      customerName: customerName!,
      customerPhone: customerPhone!,
      customerAddress: trim(draft.customerAddress),
      serialNo: trim(draft.serialNo),
      purchaseDate,
      faultDescription: fault,
      reportedAt,
    },
  };
}
