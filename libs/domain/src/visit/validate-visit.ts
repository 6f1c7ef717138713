import { ValidationFailed, type FieldError } from '../common/field-error';
import { FieldErrors, parseInstant } from '../common/validation.util';
import { VISIT_OUTCOMES, VISIT_PART_MOVEMENTS, type VisitOutcome, type VisitPartMovement } from './visit.types';

export interface VisitPartDraft {
  partId?: string | null;
  quantity?: number | null;
  movement?: string | null;
  faultySerial?: string | null;
  replacementSerial?: string | null;
}

export interface VisitDraft {
  technicianId?: string | null;
  arrivedAt?: string | Date | null;
  completedAt?: string | Date | null;
  outcome?: string | null;
  diagnosis?: string | null;
  actions?: string | null;
  parts?: VisitPartDraft[] | null;
  confirmedBy?: string | null;
  customerFeedback?: string | null;
}

export interface ValidVisitPart {
  partId: string;
  quantity: number;
  movement: VisitPartMovement;
  faultySerial: string | null;
  replacementSerial: string | null;
}

export interface ValidVisit {
  technicianId: string;
  arrivedAt: Date;
  completedAt: Date | null;
  outcome: VisitOutcome;
  diagnosis: string | null;
  actions: string | null;
  parts: ValidVisitPart[];
  /** Name of the person who confirmed the service on site (customer confirmation), if any. */
  confirmedBy: string | null;
  customerFeedback: string | null;
}

const TEXT_MAX = 2000;
const MAX_QUANTITY = 999;
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Checks a visit report against the request it belongs to: times in order and not before the report,
 * a known outcome, and part lines that make sense (a fitted part names its replacement serial when a
 * faulty one is given, so both serial numbers are kept).
 */
export function validateVisit(draft: VisitDraft, context: { reportedAt: Date; now: Date }): ValidVisit {
  const errors = new FieldErrors();
  const text = (field: string, value: string | null | undefined): string | null => {
    const trimmed = value?.trim() || null;
    errors.maxLength(field, trimmed, TEXT_MAX);
    return trimmed;
  };
  errors.required('technicianId', draft.technicianId?.trim());
  if (errors.required('outcome', draft.outcome)) errors.oneOf('outcome', draft.outcome, VISIT_OUTCOMES);

  const arrivedAt = parseInstant(draft.arrivedAt ?? null);
  if (draft.arrivedAt == null || draft.arrivedAt === '') errors.add({ field: 'arrivedAt', code: 'required' });
  else if (!arrivedAt) errors.add({ field: 'arrivedAt', code: 'invalidDate' });
  else if (arrivedAt < context.reportedAt) errors.add({ field: 'arrivedAt', code: 'beforeReported' });
  else if (arrivedAt.getTime() > context.now.getTime() + FUTURE_TOLERANCE_MS) errors.add({ field: 'arrivedAt', code: 'inFuture' });

  const completedAt = parseInstant(draft.completedAt ?? null);
  if (draft.completedAt && !completedAt) errors.add({ field: 'completedAt', code: 'invalidDate' });
  else if (completedAt && arrivedAt && completedAt < arrivedAt) errors.add({ field: 'completedAt', code: 'beforeArrival' });
  else if (completedAt && completedAt.getTime() > context.now.getTime() + FUTURE_TOLERANCE_MS) errors.add({ field: 'completedAt', code: 'inFuture' });

  const parts: ValidVisitPart[] = [];
  (draft.parts ?? []).forEach((part, index) => {
    const prefix = `parts.${index}`;
    const partId = part.partId?.trim() ?? '';
    errors.required(`${prefix}.partId`, partId);
    const quantity = part.quantity;
    if (quantity == null) errors.add({ field: `${prefix}.quantity`, code: 'required' });
    else if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
      errors.add({ field: `${prefix}.quantity`, code: 'outOfRange', params: { min: 1, max: MAX_QUANTITY } });
    }
    const movement = part.movement ?? 'CONSUMED';
    errors.oneOf(`${prefix}.movement`, movement, VISIT_PART_MOVEMENTS);
    const faultySerial = part.faultySerial?.trim() || null;
    const replacementSerial = part.replacementSerial?.trim() || null;
    errors.maxLength(`${prefix}.faultySerial`, faultySerial, 64);
    errors.maxLength(`${prefix}.replacementSerial`, replacementSerial, 64);
    if (movement === 'CONSUMED' && faultySerial && !replacementSerial) errors.add({ field: `${prefix}.replacementSerial`, code: 'required' });
    parts.push({ partId, quantity: quantity ?? 0, movement: movement as VisitPartMovement, faultySerial, replacementSerial });
  });

  const value: ValidVisit = {
    technicianId: draft.technicianId?.trim() ?? '',
    arrivedAt: arrivedAt ?? context.now,
    completedAt,
    outcome: draft.outcome as VisitOutcome,
    diagnosis: text('diagnosis', draft.diagnosis),
    actions: text('actions', draft.actions),
    parts,
    confirmedBy: text('confirmedBy', draft.confirmedBy),
    customerFeedback: text('customerFeedback', draft.customerFeedback),
  };
  if (!errors.isEmpty) throw new ValidationFailed(errors.list satisfies FieldError[]);
  return value;
}
