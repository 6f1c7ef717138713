import { addLocalDays } from '../kpi/kpi-calendar';
import type { LocalDate } from '../kpi/kpi-records';
import type { DocumentEvidence } from './indicator-catalog.types';

/**
 * What a DOCUMENT criterion needs to know of a controlled document (受控文件). The register itself
 * lives elsewhere; its adapter turns rows into these facts. Dates are local and inclusive.
 */
export interface ControlledDocumentFact {
  id: string;
  documentType: string;
  code: string | null;
  title: string | null;
  /** Approved (批准) and not withdrawn: a draft or an obsolete document is no evidence. */
  approved: boolean;
  effectiveFrom: LocalDate | null;
  /** Last day in force, inclusive; null while in force without end. */
  effectiveTo: LocalDate | null;
}

export interface DocumentEvidenceOutcome {
  outcome: 'CONFORMING' | 'NON_CONFORMING';
  /** The approved documents of the type in force during the period: what the auditor is shown. */
  documentIds: string[];
  /** First local day of the period not covered by an approved document, null when fully covered. */
  firstUncoveredDay: LocalDate | null;
}

/**
 * gbt27922.md: a DOCUMENT criterion conforms when a controlled document of its type is approved and
 * in force for the period. Decision: "for the period" means for every day of it, but not necessarily
 * by one document: a policy revised mid-year (version 1 until 30 June, version 2 from 1 July) keeps
 * the period covered. `lastDay` is the last local day inside the half-open period.
 */
export function evaluateDocumentEvidence(
  evidence: DocumentEvidence,
  documents: readonly ControlledDocumentFact[],
  period: { from: LocalDate; lastDay: LocalDate },
): DocumentEvidenceOutcome {
  const inForce = documents
    .filter((document) => document.documentType === evidence.documentType && document.approved && document.effectiveFrom !== null)
    .filter((document) => (document.effectiveFrom as LocalDate) <= period.lastDay && (document.effectiveTo === null || document.effectiveTo >= period.from))
    .sort((a, b) => compareDates(a.effectiveFrom as LocalDate, b.effectiveFrom as LocalDate));
  // The period is walked from its first day: each document in force extends the covered stretch.
  let reach = addLocalDays(period.from, -1);
  for (const document of inForce) {
    if ((document.effectiveFrom as LocalDate) > addLocalDays(reach, 1)) break;
    const until = document.effectiveTo ?? period.lastDay;
    if (until > reach) reach = until;
    if (reach >= period.lastDay) break;
  }
  const firstUncovered = reach >= period.lastDay ? null : addLocalDays(reach, 1);
  return { outcome: firstUncovered === null ? 'CONFORMING' : 'NON_CONFORMING', documentIds: inForce.map((document) => document.id), firstUncoveredDay: firstUncovered };
}

function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
