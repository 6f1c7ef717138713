import { isValidLocalDate, type FieldError } from '@stardesk/domain';

/** A local-date filter field must be a real YYYY-MM-DD date. */
export function localDateFilterErrors(field: string, value: string | null | undefined): FieldError[] {
  return value != null && !isValidLocalDate(value) ? [{ field, code: 'invalidDate' }] : [];
}

/** An inclusive range of local dates must not end before it starts. */
export function localDateRangeErrors(fromField: string, from: string | null | undefined, toField: string, to: string | null | undefined): FieldError[] {
  const errors = [...localDateFilterErrors(fromField, from), ...localDateFilterErrors(toField, to)];
  if (!errors.length && from && to && to < from) errors.push({ field: toField, code: 'beforeStart' });
  return errors;
}
