import { isValidPhone, normalisePhone } from '../common/phone';
import { FieldErrors } from '../common/validation.util';
import type { ValidationResult } from '../service-request/validate-new-service-request';
import { optionalText, requiredText } from './master-data-rules';

export interface CustomerDraft {
  name?: string | null;
  phone?: string | null;
  address?: string | null;
  active?: boolean | null;
}

export interface ValidCustomer {
  name: string;
  /** Normalised (digits only, no +86), so that one number finds one customer. */
  phone: string;
  address: string | null;
  active: boolean;
}

export function validateCustomer(draft: CustomerDraft): ValidationResult<ValidCustomer> {
  const errors = new FieldErrors();
  const name = requiredText(errors, 'name', draft.name, 64);
  const phone = draft.phone?.trim() ? normalisePhone(draft.phone.trim()) : '';
  if (errors.required('phone', phone) && !isValidPhone(phone)) errors.add({ field: 'phone', code: 'invalidPhone' });
  const address = optionalText(errors, 'address', draft.address, 200);
  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return { ok: true, value: { name, phone, address, active: draft.active ?? true } };
}
