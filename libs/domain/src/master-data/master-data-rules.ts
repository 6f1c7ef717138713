import type { FieldErrors } from '../common/validation.util';

/** Codes appear in URLs, file names, imports and CLI flags, so they stay short and unambiguous. */
const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

/** A required business code, upper-cased (`sh-01` and `SH-01` are the same outlet). */
export function checkCode(errors: FieldErrors, field: string, raw: string | null | undefined): string {
  const code = raw?.trim().toUpperCase() ?? '';
  if (errors.required(field, code) && !CODE.test(code)) errors.add({ field, code: 'invalidCode' });
  return code;
}

/** A required text, trimmed, at most `max` characters. */
export function requiredText(errors: FieldErrors, field: string, raw: string | null | undefined, max: number): string {
  const text = raw?.trim() ?? '';
  if (errors.required(field, text)) errors.maxLength(field, text, max);
  return text;
}

/** An optional text: blank becomes null. */
export function optionalText(errors: FieldErrors, field: string, raw: string | null | undefined, max: number): string | null {
  const text = raw?.trim() || null;
  errors.maxLength(field, text, max);
  return text;
}

/** Updates keep what the input leaves out: `undefined` means "unchanged", `null` means "clear". */
export function mergeDraft<D extends object>(current: D, changes: D): D {
  const result = { ...current };
  for (const [key, value] of Object.entries(changes) as [keyof D, D[keyof D]][]) {
    if (value !== undefined) result[key] = value;
  }
  return result;
}
