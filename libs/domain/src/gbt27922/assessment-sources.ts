import type { KpiValues } from '../kpi/kpi-catalog';
import type { Period } from '../kpi/kpi-period';
import type { ControlledDocumentFact } from './document-evidence';

/**
 * Ports through which an assessment reads its evidence, so that the KPI engine and the
 * controlled-document register can be swapped in without touching the scoring.
 */
export interface AssessmentKpiSource {
  /** Every KPI of kpis.md for the organisation over the period (in the period's time zone). */
  periodKpis(orgId: string, period: Period): Promise<KpiValues>;
}

export interface AssessmentDocumentSource {
  /**
   * The organisation's controlled documents that may bear on the period (any status; the rule
   * checks approval and dates). Null when no register is available: DOCUMENT criteria then stay
   * open for the assessor.
   */
  documentsFor(orgId: string, period: Period): Promise<ControlledDocumentFact[] | null>;
}
