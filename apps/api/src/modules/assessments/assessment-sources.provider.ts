import type { Provider } from '@nestjs/common';
import { referenceEvidenceSources } from '@stardesk/database';
import type { AssessmentDocumentSource, AssessmentKpiSource } from '@stardesk/domain';
import { DataSource } from 'typeorm';

/**
 * Where assessments read their evidence. THE TWO BINDINGS TO REWIRE AT MERGE:
 * - ASSESSMENT_KPI_SOURCE: today the reference adapter (records loaded with SQL, computeKpis);
 *   switch to an adapter over the KPI module's KpiQueryService.
 * - ASSESSMENT_DOCUMENT_SOURCE: the controlled-document register (ControlledDocumentRegister).
 */
export const ASSESSMENT_KPI_SOURCE = Symbol('AssessmentKpiSource');
export const ASSESSMENT_DOCUMENT_SOURCE = Symbol('AssessmentDocumentSource');

export const ASSESSMENT_SOURCE_PROVIDERS: Provider[] = [
  { provide: ASSESSMENT_KPI_SOURCE, inject: [DataSource], useFactory: (dataSource: DataSource): AssessmentKpiSource => referenceEvidenceSources(dataSource).kpis },
  { provide: ASSESSMENT_DOCUMENT_SOURCE, inject: [DataSource], useFactory: (dataSource: DataSource): AssessmentDocumentSource => referenceEvidenceSources(dataSource).documents },
];
