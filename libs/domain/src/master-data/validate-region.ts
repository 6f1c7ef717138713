import { FieldErrors } from '../common/validation.util';
import type { ValidationResult } from '../service-request/validate-new-service-request';
import { checkCode, requiredText } from './master-data-rules';

export interface RegionDraft {
  code?: string | null;
  name?: string | null;
  active?: boolean | null;
}

export interface ValidRegion {
  code: string;
  name: string;
  active: boolean;
}

export function validateRegion(draft: RegionDraft): ValidationResult<ValidRegion> {
  const errors = new FieldErrors();
  const code = checkCode(errors, 'code', draft.code);
  const name = requiredText(errors, 'name', draft.name, 100);
  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return { ok: true, value: { code, name, active: draft.active ?? true } };
}
