import { fieldErrorMessage, type FieldError, type Locale, type PortalRequestDraft, type ValidPortalRequest } from '@stardesk/domain';
import type { Dayjs } from 'dayjs';
import type { SubmitPortalRequestInput } from '../../gql/graphql';
import type { ServerFieldError } from '../../shared/graphql-error.util';

/** The portal form's fields, named exactly like the inputs of `submitPortalRequest`. */
export const PORTAL_REQUEST_FIELDS = [
  'serviceType',
  'customerName',
  'customerPhone',
  'customerAddress',
  'productId',
  'serialNo',
  'faultDescription',
  'preferredDate',
  'preferredPeriod',
  'outletId',
] as const;
export type PortalRequestField = (typeof PORTAL_REQUEST_FIELDS)[number];

export interface PortalRequestFormValues {
  serviceType?: string | null;
  customerName?: string | null;
  customerPhone?: string | null;
  customerAddress?: string | null;
  productId?: string | null;
  serialNo?: string | null;
  faultDescription?: string | null;
  preferredDate?: Dayjs | null;
  preferredPeriod?: string | null;
  outletId?: string | null;
}

export interface PortalFieldErrors {
  name: PortalRequestField;
  errors: string[];
}

const isPortalField = (field: string): field is PortalRequestField => (PORTAL_REQUEST_FIELDS as readonly string[]).includes(field);

export function toPortalDraft(values: PortalRequestFormValues): PortalRequestDraft {
  return {
    serviceType: values.serviceType ?? null,
    customerName: values.customerName ?? null,
    customerPhone: values.customerPhone ?? null,
    customerAddress: values.customerAddress ?? null,
    productId: values.productId ?? null,
    serialNo: values.serialNo ?? null,
    faultDescription: values.faultDescription ?? null,
    preferredDate: values.preferredDate ? values.preferredDate.format('YYYY-MM-DD') : null,
    preferredPeriod: values.preferredPeriod ?? null,
    outletId: values.outletId ?? null,
  };
}

export function toPortalInput(request: ValidPortalRequest): SubmitPortalRequestInput {
  return {
    serviceType: request.serviceType,
    customerName: request.customerName,
    customerPhone: request.customerPhone,
    customerAddress: request.customerAddress,
    productId: request.productId,
    serialNo: request.serialNo,
    faultDescription: request.faultDescription,
    preferredDate: request.preferredDate,
    preferredPeriod: request.preferredPeriod,
    outletId: request.outletId,
  };
}

/**
 * Errors grouped per form field for `Form.setFields`, each worded in the UI language: the shared
 * validator's through the domain catalogue, the API's as it sent them. The rest goes to a banner.
 */
export function portalErrorsToFields(
  errors: readonly (FieldError | ServerFieldError)[],
  locale: Locale,
): { fields: PortalFieldErrors[]; unmatched: string[] } {
  const byField = new Map<PortalRequestField, string[]>();
  const unmatched: string[] = [];
  for (const error of errors) {
    const message = 'message' in error ? error.message : fieldErrorMessage(error, locale);
    if (!isPortalField(error.field)) {
      unmatched.push(message);
      continue;
    }
    const messages = byField.get(error.field) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byField.set(error.field, messages);
  }
  return { fields: [...byField].map(([name, messages]) => ({ name, errors: messages })), unmatched };
}
