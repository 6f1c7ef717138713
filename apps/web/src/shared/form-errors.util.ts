import type { FormInstance } from 'antd';
import { fieldErrorMessage, type FieldError, type Locale } from '@stardesk/domain';
import type { ServerFieldError } from './graphql-error.util';

/** An antd form field name: `parts.0.partId` becomes `['parts', 0, 'partId']`. */
export type FormFieldPath = (string | number)[];

export interface FormFieldErrors {
  name: FormFieldPath;
  errors: string[];
}

export interface MappedErrors<T> {
  /** For `Form.setFields`, one entry per field, in the order the errors came. */
  fields: FormFieldErrors[];
  /** Errors about something that is not a field of the form; shown in a banner instead. */
  unmatched: T[];
}

/** `parts.0.partId` → `['parts', 0, 'partId']` (numeric segments are list indexes). */
export function fieldPath(field: string): FormFieldPath {
  return field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function group(entries: readonly { field: string; message: string }[]): FormFieldErrors[] {
  const byField = new Map<string, string[]>();
  for (const { field, message } of entries) {
    const messages = byField.get(field) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byField.set(field, messages);
  }
  return [...byField].map(([field, errors]) => ({ name: fieldPath(field), errors }));
}

/**
 * The API's field errors (already worded in the request language) onto the form's fields. A field
 * belongs to the form when its first segment is one of `formFields` (`parts.0.partId` belongs to a
 * form with a `parts` list); an alias renames an API field to the form's (`technicianId` → `technician`).
 */
export function mapServerFieldErrors(
  errors: readonly ServerFieldError[],
  formFields: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): MappedErrors<ServerFieldError> {
  const matched: { field: string; message: string }[] = [];
  const unmatched: ServerFieldError[] = [];
  for (const error of errors) {
    const field = aliases[error.field] ?? error.field;
    const root = field.split('.')[0] ?? '';
    if (formFields.includes(root)) matched.push({ field, message: error.message });
    else unmatched.push(error);
  }
  return { fields: group(matched), unmatched };
}

/** The shared validators' errors, worded in the UI language, onto the form's fields. */
export function mapDomainFieldErrors(
  errors: readonly FieldError[],
  formFields: readonly string[],
  locale: Locale,
): MappedErrors<FieldError> {
  const serverShaped = errors.map((error) => ({ field: error.field, code: error.code, message: fieldErrorMessage(error, locale) }));
  const mapped = mapServerFieldErrors(serverShaped, formFields);
  const unmatchedFields = new Set(mapped.unmatched.map((error) => error.field));
  return { fields: mapped.fields, unmatched: errors.filter((error) => unmatchedFields.has(error.field)) };
}

/** Puts mapped errors on an antd form (its typed field names cannot be known from an API field path). */
export function showFieldErrors<T>(form: FormInstance<T>, fields: readonly FormFieldErrors[]): void {
  form.setFields(fields.map(({ name, errors }) => ({ name, errors })) as Parameters<FormInstance<T>['setFields']>[0]);
}
