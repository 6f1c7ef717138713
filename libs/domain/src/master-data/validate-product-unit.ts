import { isValidLocalDate } from '../common/time-zone';
import { FieldErrors } from '../common/validation.util';
import type { ValidationResult } from '../service-request/validate-new-service-request';
import { requiredText } from './master-data-rules';

export interface ProductUnitDraft {
  serialNo?: string | null;
  productId?: string | null;
  customerId?: string | null;
  /** Local date `YYYY-MM-DD`. */
  purchaseDate?: string | null;
}

export interface ValidProductUnit {
  serialNo: string;
  productId: string;
  customerId: string | null;
  purchaseDate: string | null;
}

/** `today` is the organisation's local date: a unit cannot have been bought tomorrow. */
export function validateProductUnit(draft: ProductUnitDraft, today: string): ValidationResult<ValidProductUnit> {
  const errors = new FieldErrors();
  const serialNo = requiredText(errors, 'serialNo', draft.serialNo, 64);
  const productId = draft.productId?.trim() ?? '';
  errors.required('productId', productId);
  const purchaseDate = draft.purchaseDate?.trim() || null;
  if (purchaseDate && !isValidLocalDate(purchaseDate)) errors.add({ field: 'purchaseDate', code: 'invalidDate' });
  else if (purchaseDate && purchaseDate > today) errors.add({ field: 'purchaseDate', code: 'inFuture' });
  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return { ok: true, value: { serialNo, productId, customerId: draft.customerId?.trim() || null, purchaseDate } };
}
