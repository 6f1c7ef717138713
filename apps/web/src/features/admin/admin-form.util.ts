import type { ServerFieldError } from '../../shared/graphql-error.util';

export type FormFieldPath = (string | number)[];

/** `targets.arrivalHours` → ['targets', 'arrivalHours']; `factors.1.weight` → ['factors', 1, 'weight']. */
export function formPathOf(field: string, prefix = ''): FormFieldPath {
  const path = prefix && field.startsWith(`${prefix}.`) ? field.slice(prefix.length + 1) : field;
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The API's field errors (already in the user's language) placed on the form's fields; errors about
 * fields the form does not have come back as `unmatched`, for a banner. `prefix` strips the input
 * argument name some APIs put in front (`input.code`).
 */
export function serverErrorsToFormFields(
  errors: readonly ServerFieldError[],
  formFields: readonly string[],
  prefix = '',
): { fields: { name: FormFieldPath; errors: string[] }[]; unmatched: string[] } {
  const byPath = new Map<string, { name: FormFieldPath; errors: string[] }>();
  const unmatched: string[] = [];
  for (const error of errors) {
    const name = formPathOf(error.field, prefix);
    if (!formFields.includes(String(name[0]))) {
      unmatched.push(error.message);
      continue;
    }
    const key = name.join('.');
    const entry = byPath.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(error.message)) entry.errors.push(error.message);
    byPath.set(key, entry);
  }
  return { fields: [...byPath.values()], unmatched };
}

/** Empty strings from inputs become null, so optional fields are cleared rather than set to "". */
export function blankToNull<T extends object>(values: T): { [K in keyof T]: T[K] | null } {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' && value.trim() === '' ? null : value ?? null]),
  ) as { [K in keyof T]: T[K] | null };
}
