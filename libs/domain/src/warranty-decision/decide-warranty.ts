import { ValidationFailed } from '../common/field-error';
import { checkInstant, checkNumber, checkReference, checkText } from '../common/field-checks';
import { FieldErrors } from '../common/validation.util';
import type { WarrantyStatus } from '../service-request/service-request.types';
import { WARRANTY_DECISION_KINDS, type WarrantyDecisionKind } from './warranty-decision.types';

export const WARRANTY_DECISION_LIMITS = { reason: 1000, overrideReason: 500, maxRefund: 9_999_999.99 } as const;

export interface WarrantyDecisionDraft {
  decision?: string | null;
  reason?: string | null;
  /** Covered by the warranty or not; defaults to the request's warranty status. */
  inWarranty?: boolean | null;
  /** Why the coverage differs from the request's warranty status (required then). */
  overrideReason?: string | null;
  decidedById?: string | null;
  decidedAt?: string | Date | null;
  /** CNY returned to the customer; REFUND only, and required there. */
  refundAmount?: number | null;
}

export interface ValidWarrantyDecision {
  decision: WarrantyDecisionKind;
  reason: string;
  inWarranty: boolean;
  /** What the request's unit said when the decision was taken. */
  derivedWarrantyStatus: WarrantyStatus;
  /** True when the decision's coverage contradicts the derived status. */
  warrantyOverridden: boolean;
  overrideReason: string | null;
  decidedById: string;
  decidedAt: Date;
  refundAmount: number | null;
}

export interface WarrantyDecisionContext {
  /** The request's warranty status, derived from its unit when it was opened. */
  derivedWarrantyStatus: WarrantyStatus;
  reportedAt: Date;
  /** When the decision this one supersedes was taken; a new decision cannot predate it. */
  previousDecidedAt: Date | null;
  now: Date;
}

/**
 * A 三包 decision on a request. Coverage follows the request's warranty status unless the decider
 * states otherwise, and then says why (a goodwill repair after expiry, a unit bought abroad); when the
 * status is UNKNOWN the decider must state it. The reason is always required: it is what an auditor
 * reads. Only a refund carries an amount.
 */
export function decideWarranty(draft: WarrantyDecisionDraft, context: WarrantyDecisionContext): ValidWarrantyDecision {
  const errors = new FieldErrors();
  if (errors.required('decision', draft.decision)) errors.oneOf('decision', draft.decision, WARRANTY_DECISION_KINDS);
  const reason = checkText(errors, 'reason', draft.reason, { max: WARRANTY_DECISION_LIMITS.reason, required: true });

  const derived = context.derivedWarrantyStatus;
  const stated = typeof draft.inWarranty === 'boolean' ? draft.inWarranty : null;
  if (stated === null && derived === 'UNKNOWN') errors.add({ field: 'inWarranty', code: 'required' });
  const inWarranty = stated ?? derived === 'IN_WARRANTY';
  const warrantyOverridden = stated !== null && derived !== 'UNKNOWN' && stated !== (derived === 'IN_WARRANTY');
  const overrideReason = checkText(errors, 'overrideReason', draft.overrideReason, { max: WARRANTY_DECISION_LIMITS.overrideReason, required: warrantyOverridden });

  const decidedById = checkReference(errors, 'decidedById', draft.decidedById, true);
  const earliest =
    context.previousDecidedAt && context.previousDecidedAt > context.reportedAt
      ? { at: context.previousDecidedAt, code: 'beforePreviousEvent' as const }
      : { at: context.reportedAt, code: 'beforeReported' as const };
  const decidedAt =
    draft.decidedAt == null || draft.decidedAt === ''
      ? context.now
      : checkInstant(errors, 'decidedAt', draft.decidedAt, { required: true, notAfter: context.now, notBefore: earliest });

  let refundAmount: number | null = null;
  if (draft.decision === 'REFUND') {
    refundAmount = checkNumber(errors, 'refundAmount', draft.refundAmount, { required: true, min: 0.01, max: WARRANTY_DECISION_LIMITS.maxRefund, decimals: 2 });
  } else if (draft.refundAmount != null) {
    errors.add({ field: 'refundAmount', code: 'onlyForRefund' });
  }

  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return {
    decision: draft.decision as WarrantyDecisionKind,
    reason: reason!,
    inWarranty,
    derivedWarrantyStatus: derived,
    warrantyOverridden,
    overrideReason,
    decidedById: decidedById!,
    decidedAt: decidedAt!,
    refundAmount,
  };
}
