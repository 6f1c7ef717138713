import { ValidationFailed, validateVisit, type Locale, type VisitDraft } from '@stardesk/domain';
import type { Dayjs } from 'dayjs';
import type { RecordVisitInput, SparePartsQuery } from '../../gql/graphql';
import { mapDomainFieldErrors, type FormFieldErrors } from '../../shared/form-errors.util';

export type SparePartOption = SparePartsQuery['spareParts'][number];

export interface VisitPartValues {
  partId?: string | null;
  quantity?: number | null;
  movement?: string | null;
  faultySerial?: string | null;
  replacementSerial?: string | null;
}

export interface VisitFormValues {
  arrivedAt?: Dayjs | null;
  completedAt?: Dayjs | null;
  outcome?: string | null;
  diagnosis?: string | null;
  actions?: string | null;
  parts?: VisitPartValues[];
  confirmedBy?: string | null;
  customerFeedback?: string | null;
}

export const VISIT_FIELDS = ['arrivedAt', 'completedAt', 'outcome', 'diagnosis', 'actions', 'parts', 'confirmedBy', 'customerFeedback'];

const text = (value: string | null | undefined) => value?.trim() || null;

export function toVisitInput(requestId: string, technicianId: string, values: VisitFormValues): RecordVisitInput {
  return {
    requestId,
    technicianId,
    arrivedAt: values.arrivedAt ? values.arrivedAt.toISOString() : null,
    completedAt: values.completedAt ? values.completedAt.toISOString() : null,
    outcome: (values.outcome ?? null) as RecordVisitInput['outcome'],
    diagnosis: text(values.diagnosis),
    actions: text(values.actions),
    confirmedBy: text(values.confirmedBy),
    customerFeedback: text(values.customerFeedback),
    parts: (values.parts ?? [])
      .filter((part) => part.partId || part.quantity)
      .map((part) => ({
        partId: part.partId ?? null,
        quantity: part.quantity ?? null,
        movement: (part.movement ?? 'CONSUMED') as NonNullable<RecordVisitInput['parts']>[number]['movement'],
        faultySerial: text(part.faultySerial),
        replacementSerial: text(part.replacementSerial),
      })),
  };
}

/** The shared visit rules (times in order, a known outcome, sensible part lines), per field, in the UI language. */
export function checkVisit(input: RecordVisitInput, reportedAt: string, now: Date, locale: Locale): FormFieldErrors[] {
  try {
    const draft: VisitDraft = {
      technicianId: input.technicianId == null ? null : String(input.technicianId),
      arrivedAt: input.arrivedAt ?? null,
      completedAt: input.completedAt ?? null,
      outcome: input.outcome ?? null,
      diagnosis: input.diagnosis ?? null,
      actions: input.actions ?? null,
      confirmedBy: input.confirmedBy ?? null,
      customerFeedback: input.customerFeedback ?? null,
      parts: (input.parts ?? []).map((part) => ({ ...part, partId: part.partId == null ? null : String(part.partId) })),
    };
    validateVisit(draft, { reportedAt: new Date(reportedAt), now });
    return [];
  } catch (error) {
    if (error instanceof ValidationFailed) return mapDomainFieldErrors(error.errors, VISIT_FIELDS, locale).fields;
    throw error;
  }
}

/** Parts the outlet holds, with how many: a technician can only fit what the van or the outlet has. */
export function partsInStockAt(parts: readonly SparePartOption[], outletId: string): { part: SparePartOption; quantity: number }[] {
  return parts
    .map((part) => ({ part, quantity: part.stock.find((level) => level.outletId === outletId)?.quantity ?? 0 }))
    .filter((entry) => entry.quantity > 0)
    .sort((a, b) => a.part.partNo.localeCompare(b.part.partNo));
}

/** When the technician arrived: the START event (recorded by "arrived") if there is one, else null. */
export function arrivalOf(events: readonly { toStatus: string; fromStatus?: string | null; at: string }[]): string | null {
  const starts = events.filter((event) => event.toStatus === 'IN_PROGRESS');
  return starts.length ? starts[starts.length - 1]!.at : null;
}
