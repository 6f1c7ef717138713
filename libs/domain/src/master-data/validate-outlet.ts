import { FieldErrors } from '../common/validation.util';
import { OUTLET_KINDS, type OutletKind } from '../service-request/service-request.types';
import type { ValidationResult } from '../service-request/validate-new-service-request';
import { checkCode, optionalText, requiredText } from './master-data-rules';

export interface OutletDraft {
  code?: string | null;
  name?: string | null;
  kind?: string | null;
  city?: string | null;
  address?: string | null;
  /** The area the outlet serves (districts, towns, radius), as the service commitment words it. */
  coverage?: string | null;
  regionId?: string | null;
  active?: boolean | null;
}

export interface ValidOutlet {
  code: string;
  name: string;
  kind: OutletKind;
  city: string;
  address: string | null;
  coverage: string | null;
  regionId: string | null;
  active: boolean;
}

export function validateOutlet(draft: OutletDraft): ValidationResult<ValidOutlet> {
  const errors = new FieldErrors();
  const code = checkCode(errors, 'code', draft.code);
  const name = requiredText(errors, 'name', draft.name, 100);
  if (errors.required('kind', draft.kind)) errors.oneOf('kind', draft.kind, OUTLET_KINDS);
  const city = requiredText(errors, 'city', draft.city, 64);
  const address = optionalText(errors, 'address', draft.address, 200);
  const coverage = optionalText(errors, 'coverage', draft.coverage, 1000);
  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return {
    ok: true,
    value: { code, name, kind: draft.kind as OutletKind, city, address, coverage, regionId: draft.regionId?.trim() || null, active: draft.active ?? true },
  };
}
