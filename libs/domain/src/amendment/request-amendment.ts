import { ValidationFailed } from '../common/field-error';
import { fieldChanges, type FieldChange } from './field-changes';
import { FieldErrors } from '../common/validation.util';
import { LIMITS } from '../service-request/validate-new-service-request';
import { CHANNELS, PRIORITIES, SERVICE_TYPES, type Channel, type Priority, type ServiceType } from '../service-request/service-request.types';

/**
 * Amendments (更正): the only way a recorded request changes its facts. The original values stay in
 * the amendment record with who, when and why, so an auditor sees both.
 */
export const AMENDABLE_REQUEST_FIELDS = ['type', 'channel', 'priority', 'faultDescription', 'outletId'] as const;
export type AmendableRequestField = (typeof AMENDABLE_REQUEST_FIELDS)[number];

export interface RequestFacts {
  type: ServiceType;
  channel: Channel;
  priority: Priority;
  faultDescription: string | null;
  outletId: string;
}

export interface RequestAmendmentDraft {
  reason?: string | null;
  type?: string | null;
  channel?: string | null;
  priority?: string | null;
  faultDescription?: string | null;
  outletId?: string | null;
}


export interface ValidAmendment {
  reason: string;
  changes: FieldChange<AmendableRequestField>[];
  facts: RequestFacts;
}

const REASON_MAX = 500;

/** Checks an amendment and works out what actually changes; an amendment that changes nothing is refused. */
export function validateRequestAmendment(current: RequestFacts, draft: RequestAmendmentDraft): ValidAmendment {
  const errors = new FieldErrors();
  const reason = draft.reason?.trim() ?? '';
  if (errors.required('reason', reason)) errors.maxLength('reason', reason, REASON_MAX);
  if (draft.type != null) errors.oneOf('type', draft.type, SERVICE_TYPES);
  if (draft.channel != null) errors.oneOf('channel', draft.channel, CHANNELS);
  if (draft.priority != null) errors.oneOf('priority', draft.priority, PRIORITIES);
  const fault = draft.faultDescription === undefined ? undefined : draft.faultDescription?.trim() || null;
  errors.maxLength('faultDescription', fault, LIMITS.fault);
  const facts: RequestFacts = {
    type: (draft.type ?? current.type) as ServiceType,
    channel: (draft.channel ?? current.channel) as Channel,
    priority: (draft.priority ?? current.priority) as Priority,
    faultDescription: fault === undefined ? current.faultDescription : fault,
    outletId: draft.outletId?.trim() || current.outletId,
  };
  if (facts.type === 'REPAIR' && !facts.faultDescription) errors.add({ field: 'faultDescription', code: 'required' });
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);

  return { reason, changes: fieldChanges(current, facts, AMENDABLE_REQUEST_FIELDS), facts };
}
