import { FieldErrors } from '../common/validation.util';
import { isValidTimeZone } from '../common/time-zone';
import type { ValidationResult } from '../service-request/validate-new-service-request';

export interface OrganisationDraft {
  code?: string | null;
  name?: string | null;
  timeZone?: string | null;
  creditCode?: string | null;
}

export interface ValidOrganisation {
  code: string;
  name: string;
  timeZone: string;
  creditCode: string | null;
}

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
/** Codes appear in URLs, file names and CLI flags, so they stay short and unambiguous. */
const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
/** 统一社会信用代码: 18 characters of digits and upper-case letters (excluding I, O, Z, S, V). */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export const isValidCreditCode = (code: string): boolean => CREDIT_CODE.test(code);

export function validateOrganisation(draft: OrganisationDraft): ValidationResult<ValidOrganisation> {
  const errors = new FieldErrors();
  const code = draft.code?.trim().toUpperCase() ?? '';
  if (errors.required('code', code) && !CODE.test(code)) errors.add({ field: 'code', code: 'invalidCode' });
  const name = draft.name?.trim() ?? '';
  if (errors.required('name', name)) errors.maxLength('name', name, 100);
  const timeZone = draft.timeZone?.trim() || DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) errors.add({ field: 'timeZone', code: 'invalidTimeZone' });
  const creditCode = draft.creditCode?.trim().toUpperCase() || null;
  if (creditCode && !CREDIT_CODE.test(creditCode)) errors.add({ field: 'creditCode', code: 'invalidCreditCode' });
  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return { ok: true, value: { code, name, timeZone, creditCode } };
}
