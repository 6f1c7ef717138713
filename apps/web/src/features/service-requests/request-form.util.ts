import {
  fieldErrorMessage,
  type FieldError,
  type Locale,
  type NewServiceRequestDraft,
  type ValidNewServiceRequest,
} from '@stardesk/domain';
import type { Dayjs } from 'dayjs';
import type { CreateServiceRequestInput } from '../../gql/graphql';
import type { ServerFieldError } from '../../shared/graphql-error.util';

/** The form's fields, named exactly like the inputs of `createServiceRequest`. */
export const NEW_REQUEST_FIELDS = [
  'type',
  'channel',
  'priority',
  'outletId',
  'productId',
  'customerName',
  'customerPhone',
  'customerAddress',
  'serialNo',
  'purchaseDate',
  'faultDescription',
  'reportedAt',
] as const;
export type NewRequestField = (typeof NEW_REQUEST_FIELDS)[number];

/** What antd Form holds: choices as strings, dates as dayjs values. */
export interface NewRequestFormValues {
  type?: string | null;
  channel?: string | null;
  priority?: string | null;
  outletId?: string | null;
  productId?: string | null;
  customerName?: string | null;
  customerPhone?: string | null;
  customerAddress?: string | null;
  serialNo?: string | null;
  purchaseDate?: Dayjs | null;
  faultDescription?: string | null;
  reportedAt?: Dayjs | null;
}

/** The shape `Form.setFields` takes for an error on one field. */
export interface FieldErrorsData {
  name: NewRequestField;
  errors: string[];
}

export function isNewRequestField(field: string): field is NewRequestField {
  return (NEW_REQUEST_FIELDS as readonly string[]).includes(field);
}

/** Form values as the shared validator expects them: purchase date as a calendar day, report time as an instant. */
export function toDraft(values: NewRequestFormValues): NewServiceRequestDraft {
  return {
    type: values.type ?? null,
    channel: values.channel ?? null,
    priority: values.priority ?? null,
    outletId: values.outletId ?? null,
    productId: values.productId ?? null,
    customerName: values.customerName ?? null,
    customerPhone: values.customerPhone ?? null,
    customerAddress: values.customerAddress ?? null,
    serialNo: values.serialNo ?? null,
    purchaseDate: values.purchaseDate ? values.purchaseDate.format('YYYY-MM-DD') : null,
    faultDescription: values.faultDescription ?? null,
    reportedAt: values.reportedAt ? values.reportedAt.toISOString() : null,
  };
}

/** The mutation input from a validated (trimmed, defaulted) request. */
export function toCreateInput(request: ValidNewServiceRequest): CreateServiceRequestInput {
  return {
    type: request.type,
    channel: request.channel,
    priority: request.priority,
    outletId: request.outletId,
    productId: request.productId,
    customerName: request.customerName,
    customerPhone: request.customerPhone,
    customerAddress: request.customerAddress,
    serialNo: request.serialNo,
    purchaseDate: request.purchaseDate,
    faultDescription: request.faultDescription,
    reportedAt: request.reportedAt.toISOString(),
  };
}

function groupByField(entries: readonly { field: NewRequestField; message: string }[]): FieldErrorsData[] {
  const byField = new Map<NewRequestField, string[]>();
  for (const { field, message } of entries) {
    const messages = byField.get(field) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byField.set(field, messages);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

export interface MappedFieldErrors<T> {
  /** For `Form.setFields`, one entry per field, in the order the errors came. */
  fields: FieldErrorsData[];
  /** Errors about something that is not a field of the form; shown in a banner instead. */
  unmatched: T[];
}

/** The shared validator's errors, worded in the UI language by the shared message catalogue. */
export function domainErrorsToFields(errors: readonly FieldError[], locale: Locale): MappedFieldErrors<FieldError> {
  const matched: { field: NewRequestField; message: string }[] = [];
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    if (isNewRequestField(error.field)) matched.push({ field: error.field, message: fieldErrorMessage(error, locale) });
    else unmatched.push(error);
  }
  return { fields: groupByField(matched), unmatched };
}

/** The API's field errors (already worded in the request's language) onto the same fields. */
export function serverErrorsToFields(errors: readonly ServerFieldError[]): MappedFieldErrors<ServerFieldError> {
  const matched: { field: NewRequestField; message: string }[] = [];
  const unmatched: ServerFieldError[] = [];
  for (const error of errors) {
    if (isNewRequestField(error.field)) matched.push({ field: error.field, message: error.message });
    else unmatched.push(error);
  }
  return { fields: groupByField(matched), unmatched };
}

/** The messages the validator has for one field (for antd's per-field rules). */
export function messagesForField(errors: readonly FieldError[], field: NewRequestField, locale: Locale): string[] {
  return errors.filter((error) => error.field === field).map((error) => fieldErrorMessage(error, locale));
}
