import { DEFAULT_INDICATOR_CATALOG, evaluateDocumentEvidence, type DocumentEvidence } from '@stardesk/domain';
import { controlledDocumentFact, type ControlledDocumentRow } from './document-source';

const POLICY = DEFAULT_INDICATOR_CATALOG.indicators.flatMap((indicator) => indicator.criteria).find((criterion) => criterion.key === 'SYS.NORM.1')!.evidence as DocumentEvidence;
const row = (changes: Partial<ControlledDocumentRow>): ControlledDocumentRow => ({
  id: 'v1', document_type: 'SERVICE_POLICY', version_label: 'A/0', title: '售后服务政策', status: 'APPROVED', effective_from: '2025-01-01', effective_to: null, ...changes,
});

describe('controlledDocumentFact', () => {
  it('counts approved and superseded versions for the days they were in force, never drafts', () => {
    const documents = [row({ id: 'v1', status: 'SUPERSEDED', effective_to: '2026-06-30' }), row({ id: 'v2', effective_from: '2026-07-01' }), row({ id: 'v3', status: 'DRAFT', effective_from: null })].map(controlledDocumentFact);
    expect(documents.map((document) => document.approved)).toEqual([true, true, false]);
    expect(evaluateDocumentEvidence(POLICY, documents, { from: '2026-01-01', lastDay: '2026-12-31' })).toMatchObject({ outcome: 'CONFORMING', documentIds: ['v1', 'v2'] });
  });
});
