import { ValidationFailed, type FieldError } from '../common/field-error';
import { checkInstant, checkNumber, checkReference, checkText } from '../common/field-checks';
import { FieldErrors } from '../common/validation.util';
import { CERTIFICATE_REQUIRED_METHODS, DISPOSAL_METHODS, HAZARDOUS_DISPOSAL_METHODS, type DisposalMethod } from './take-back.types';

export const TAKE_BACK_LIMITS = { maxQuantity: 9999, disposer: 100, certificateNo: 64, note: 1000 } as const;

export interface TakeBackDraft {
  outletId?: string | null;
  /** The product model taken back. */
  productId?: string | null;
  quantity?: number | null;
  disposalMethod?: string | null;
  /** The company that took the goods over. */
  disposer?: string | null;
  certificateNo?: string | null;
  /** When the goods were collected from the customer; defaults to now. */
  collectedAt?: string | Date | null;
  customerId?: string | null;
  requestId?: string | null;
  note?: string | null;
}

export interface ValidTakeBack {
  outletId: string;
  productId: string;
  quantity: number;
  disposalMethod: DisposalMethod;
  disposer: string;
  certificateNo: string | null;
  collectedAt: Date;
  customerId: string | null;
  requestId: string | null;
  note: string | null;
}

/**
 * Checks a take-back record on its own: a product, a whole quantity, where it went and who took it,
 * the certificate when a certified disposer took it, a collection time that is not in the future.
 * Rules that need the product's record are in `hazardousDisposalError`.
 */
export function validateTakeBack(draft: TakeBackDraft, now: Date): ValidTakeBack {
  const errors = new FieldErrors();
  const outletId = checkReference(errors, 'outletId', draft.outletId, true);
  const productId = checkReference(errors, 'productId', draft.productId, true);
  const quantity = checkNumber(errors, 'quantity', draft.quantity, { required: true, min: 1, max: TAKE_BACK_LIMITS.maxQuantity });
  const knownMethod = errors.required('disposalMethod', draft.disposalMethod) && errors.oneOf('disposalMethod', draft.disposalMethod, DISPOSAL_METHODS);
  const disposer = checkText(errors, 'disposer', draft.disposer, { max: TAKE_BACK_LIMITS.disposer, required: true });
  const certificateNo = checkText(errors, 'certificateNo', draft.certificateNo, {
    max: TAKE_BACK_LIMITS.certificateNo,
    required: knownMethod && CERTIFICATE_REQUIRED_METHODS.includes(draft.disposalMethod as DisposalMethod),
  });
  const collectedAt = draft.collectedAt == null || draft.collectedAt === '' ? now : checkInstant(errors, 'collectedAt', draft.collectedAt, { required: true, notAfter: now });
  const value: ValidTakeBack = {
    outletId: outletId!,
    productId: productId!,
    quantity: quantity!,
    disposalMethod: draft.disposalMethod as DisposalMethod,
    disposer: disposer!,
    certificateNo,
    collectedAt: collectedAt!,
    customerId: checkReference(errors, 'customerId', draft.customerId, false),
    requestId: checkReference(errors, 'requestId', draft.requestId, false),
    note: checkText(errors, 'note', draft.note, { max: TAKE_BACK_LIMITS.note }),
  };
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return value;
}

/** A product flagged hazardous cannot go to a general recycler. */
export function hazardousDisposalError(method: DisposalMethod, hazardous: boolean): FieldError | null {
  return hazardous && !(HAZARDOUS_DISPOSAL_METHODS as readonly string[]).includes(method) ? { field: 'disposalMethod', code: 'hazardousDisposal' } : null;
}
