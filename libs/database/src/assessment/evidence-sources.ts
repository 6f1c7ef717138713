import type { DataSource, EntityManager } from 'typeorm';
import { SqlKpiSource } from './sql-kpi-source';
import { ControlledDocumentRegister } from './document-source';
import type { AssessmentEvidenceSources } from './evaluate-assessment';

/** The evidence sources available without the API: the CLI uses these, and so does the API. */
export function referenceEvidenceSources(database: DataSource | EntityManager): AssessmentEvidenceSources {
  return { kpis: new SqlKpiSource(database), documents: new ControlledDocumentRegister(database) };
}
