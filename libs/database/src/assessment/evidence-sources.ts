import type { DataSource, EntityManager } from 'typeorm';
import { ComputedKpiSource } from './computed-kpi-source';
import { NoDocumentRegister } from './document-source';
import type { AssessmentEvidenceSources } from './evaluate-assessment';

/**
 * The evidence sources available without the API: the CLI uses these, and so does the API until
 * its bindings (assessment-sources.provider.ts) are switched to the KPI engine and the register.
 */
export function referenceEvidenceSources(database: DataSource | EntityManager): AssessmentEvidenceSources {
  return { kpis: new ComputedKpiSource(database), documents: new NoDocumentRegister() };
}
