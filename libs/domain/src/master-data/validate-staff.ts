import { isValidPhone, normalisePhone } from '../common/phone';
import { FieldErrors } from '../common/validation.util';
import { STAFF_ROLES, type StaffRole } from '../service-request/service-request.types';
import type { ValidationResult } from '../service-request/validate-new-service-request';
import { requiredText } from './master-data-rules';

export interface StaffDraft {
  login?: string | null;
  name?: string | null;
  role?: string | null;
  phone?: string | null;
  outletIds?: readonly string[] | null;
  active?: boolean | null;
}

export interface ValidStaff {
  login: string;
  name: string;
  role: StaffRole;
  phone: string | null;
  outletIds: string[];
  active: boolean;
}

/** Logins are typed on phones: lower-case letters, digits, dot, underscore and hyphen. */
const LOGIN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export function validateStaff(draft: StaffDraft): ValidationResult<ValidStaff> {
  const errors = new FieldErrors();
  const login = draft.login?.trim().toLowerCase() ?? '';
  if (errors.required('login', login) && !LOGIN.test(login)) errors.add({ field: 'login', code: 'invalidLogin' });
  const name = requiredText(errors, 'name', draft.name, 64);
  if (errors.required('role', draft.role)) errors.oneOf('role', draft.role, STAFF_ROLES);
  const phone = draft.phone?.trim() ? normalisePhone(draft.phone) : null;
  if (phone && !isValidPhone(phone)) errors.add({ field: 'phone', code: 'invalidPhone' });
  const outletIds = [...new Set((draft.outletIds ?? []).map((id) => id.trim()))];
  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return { ok: true, value: { login, name, role: draft.role as StaffRole, phone, outletIds, active: draft.active ?? true } };
}
