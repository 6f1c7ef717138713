import { FieldErrors } from '../common/validation.util';
import type { ValidationResult } from '../service-request/validate-new-service-request';
import { requiredText } from './master-data-rules';

export interface ProductDraft {
  model?: string | null;
  name?: string | null;
  category?: string | null;
  warrantyMonths?: number | null;
  hazardous?: boolean | null;
  active?: boolean | null;
}

export interface ValidProduct {
  model: string;
  name: string;
  category: string;
  warrantyMonths: number;
  hazardous: boolean;
  active: boolean;
}

/** 三包 periods run from months to ten years (compressors, motors); 0 means sold without warranty. */
export const WARRANTY_MONTHS = { min: 0, max: 240 } as const;

export function validateProduct(draft: ProductDraft): ValidationResult<ValidProduct> {
  const errors = new FieldErrors();
  const model = requiredText(errors, 'model', draft.model, 64);
  const name = requiredText(errors, 'name', draft.name, 100);
  const category = requiredText(errors, 'category', draft.category, 64);
  const months = draft.warrantyMonths;
  if (errors.required('warrantyMonths', months) && (!Number.isInteger(months) || months! < WARRANTY_MONTHS.min || months! > WARRANTY_MONTHS.max)) {
    errors.add({ field: 'warrantyMonths', code: 'outOfRange', params: WARRANTY_MONTHS });
  }
  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return { ok: true, value: { model, name, category, warrantyMonths: months!, hazardous: draft.hazardous ?? false, active: draft.active ?? true } };
}
