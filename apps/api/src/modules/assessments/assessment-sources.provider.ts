import type { Provider } from '@nestjs/common';
import { referenceEvidenceSources } from '@stardesk/database';
import type { AssessmentDocumentSource, AssessmentKpiSource } from '@stardesk/domain';
import { DataSource } from 'typeorm';

/**
 * Where assessments read their evidence, the same sources the CLI uses (referenceEvidenceSources):
 * KPI figures from the SQL KPI engine the dashboards use, documents from the controlled-document register.
 */
export const ASSESSMENT_KPI_SOURCE = Symbol('AssessmentKpiSource');
export const ASSESSMENT_DOCUMENT_SOURCE = Symbol('AssessmentDocumentSource');

export const ASSESSMENT_SOURCE_PROVIDERS: Provider[] = [
  { provide: ASSESSMENT_KPI_SOURCE, inject: [DataSource], useFactory: (dataSource: DataSource): AssessmentKpiSource => referenceEvidenceSources(dataSource).kpis },
  { provide: ASSESSMENT_DOCUMENT_SOURCE, inject: [DataSource], useFactory: (dataSource: DataSource): AssessmentDocumentSource => referenceEvidenceSources(dataSource).documents },
];
