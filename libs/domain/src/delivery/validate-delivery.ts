import { ValidationFailed } from '../common/field-error';
import { checkInstant, checkReference, checkText } from '../common/field-checks';
import { FieldErrors } from '../common/validation.util';
import type { ServiceType } from '../service-request/service-request.types';
import { ARRIVAL_CONDITIONS, DELIVERY_REQUEST_TYPES, type ArrivalCondition } from './delivery.types';

export const DELIVERY_LIMITS = { signerName: 64, note: 1000 } as const;

export interface DeliveryScheduleDraft {
  scheduledFrom?: string | Date | null;
  scheduledTo?: string | Date | null;
  /** The technician or driver who will go, if already known. */
  staffId?: string | null;
  /** The product unit delivered; defaults to the request's unit. */
  unitId?: string | null;
  note?: string | null;
}

export interface ValidDeliverySchedule {
  scheduledFrom: Date;
  scheduledTo: Date;
  staffId: string | null;
  unitId: string | null;
  note: string | null;
}

/**
 * A delivery or installation is scheduled for a request of type DELIVERY or INSTALLATION, in a window
 * (the promise to the customer, e.g. 09:00–12:00) that starts no earlier than the request was reported
 * and ends no earlier than it starts. A window may lie in the past: records are entered afterwards too.
 */
export function validateDeliverySchedule(draft: DeliveryScheduleDraft, request: { type: ServiceType; reportedAt: Date }): ValidDeliverySchedule {
  const errors = new FieldErrors();
  if (!(DELIVERY_REQUEST_TYPES as readonly string[]).includes(request.type)) {
    errors.add({ field: 'requestId', code: 'requestTypeNotAllowed', params: { type: request.type, allowed: DELIVERY_REQUEST_TYPES.join(', ') } });
  }
  const scheduledFrom = checkInstant(errors, 'scheduledFrom', draft.scheduledFrom, { required: true, notBefore: { at: request.reportedAt, code: 'beforeReported' } });
  const scheduledTo = checkInstant(errors, 'scheduledTo', draft.scheduledTo, { required: true, notBefore: { at: scheduledFrom, code: 'beforeStart' } });
  const value = {
    scheduledFrom: scheduledFrom!,
    scheduledTo: scheduledTo!,
    staffId: checkReference(errors, 'staffId', draft.staffId, false),
    unitId: checkReference(errors, 'unitId', draft.unitId, false),
    note: checkText(errors, 'note', draft.note, { max: DELIVERY_LIMITS.note }),
  };
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return value;
}

export interface DeliveryCompletionDraft {
  /** When it was handed over (installed); defaults to now. */
  doneAt?: string | Date | null;
  condition?: string | null;
  /** Who signed for it (签收人). */
  signerName?: string | null;
  /** Who actually went, when not the scheduled person. */
  staffId?: string | null;
  note?: string | null;
}

export interface ValidDeliveryCompletion {
  doneAt: Date;
  condition: ArrivalCondition;
  signerName: string;
  staffId: string | null;
  note: string | null;
}

/**
 * Completing needs the signer and the condition on arrival; anything but INTACT needs a note saying
 * what was wrong, since that note is what a later warranty decision or claim relies on.
 * Done before the window is allowed (the customer let the driver in early: the record says EARLY);
 * done before the request was reported, or in the future, is not.
 */
export function validateDeliveryCompletion(draft: DeliveryCompletionDraft, context: { reportedAt: Date; now: Date }): ValidDeliveryCompletion {
  const errors = new FieldErrors();
  const doneAt =
    draft.doneAt == null || draft.doneAt === ''
      ? context.now
      : checkInstant(errors, 'doneAt', draft.doneAt, { required: true, notAfter: context.now, notBefore: { at: context.reportedAt, code: 'beforeReported' } });
  const knownCondition = errors.required('condition', draft.condition) && errors.oneOf('condition', draft.condition, ARRIVAL_CONDITIONS);
  const signerName = checkText(errors, 'signerName', draft.signerName, { max: DELIVERY_LIMITS.signerName, required: true });
  const note = checkText(errors, 'note', draft.note, { max: DELIVERY_LIMITS.note, required: knownCondition && draft.condition !== 'INTACT' });
  const value = {
    doneAt: doneAt!,
    condition: draft.condition as ArrivalCondition,
    signerName: signerName!,
    staffId: checkReference(errors, 'staffId', draft.staffId, false),
    note,
  };
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return value;
}
