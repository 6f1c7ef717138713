import { evaluateDocumentEvidence, type ControlledDocumentFact } from './document-evidence';
import type { DocumentEvidence } from './indicator-catalog.types';

const POLICY: DocumentEvidence = { method: 'DOCUMENT', documentType: 'SERVICE_POLICY' };
const YEAR = { from: '2026-01-01', lastDay: '2026-12-31' };

const aDocument = (changes: Partial<ControlledDocumentFact> = {}): ControlledDocumentFact => ({
  id: 'doc-1',
  documentType: 'SERVICE_POLICY',
  code: 'QP-01',
  title: '售后服务政策',
  approved: true,
  effectiveFrom: '2025-06-01',
  effectiveTo: null,
  ...changes,
});

describe('evaluateDocumentEvidence (approved and in force for the period)', () => {
  it('conforms with an approved document in force for the whole period', () => {
    expect(evaluateDocumentEvidence(POLICY, [aDocument()], YEAR)).toEqual({ outcome: 'CONFORMING', documentIds: ['doc-1'], firstUncoveredDay: null });
  });

  it('does not conform without a document of the type', () => {
    const result = evaluateDocumentEvidence(POLICY, [aDocument({ documentType: 'SERVICE_MANUAL' })], YEAR);
    expect(result).toEqual({ outcome: 'NON_CONFORMING', documentIds: [], firstUncoveredDay: '2026-01-01' });
  });

  it('does not count a document that is not approved', () => {
    expect(evaluateDocumentEvidence(POLICY, [aDocument({ approved: false })], YEAR).outcome).toBe('NON_CONFORMING');
  });

  it('does not conform when the document comes into force during the period', () => {
    const result = evaluateDocumentEvidence(POLICY, [aDocument({ effectiveFrom: '2026-03-01' })], YEAR);
    expect(result).toMatchObject({ outcome: 'NON_CONFORMING', documentIds: ['doc-1'], firstUncoveredDay: '2026-01-01' });
  });

  it('does not conform when the document expires before the period ends', () => {
    expect(evaluateDocumentEvidence(POLICY, [aDocument({ effectiveTo: '2026-12-30' })], YEAR).firstUncoveredDay).toBe('2026-12-31');
  });

  it('conforms when a revision takes over the day after its predecessor ends (inclusive end dates)', () => {
    const documents = [aDocument({ id: 'v2', effectiveFrom: '2026-07-01' }), aDocument({ id: 'v1', effectiveTo: '2026-06-30' })];
    expect(evaluateDocumentEvidence(POLICY, documents, YEAR)).toEqual({ outcome: 'CONFORMING', documentIds: ['v1', 'v2'], firstUncoveredDay: null });
  });

  it('finds the gap between two versions', () => {
    const documents = [aDocument({ id: 'v1', effectiveTo: '2026-06-29' }), aDocument({ id: 'v2', effectiveFrom: '2026-07-01' })];
    expect(evaluateDocumentEvidence(POLICY, documents, YEAR)).toMatchObject({ outcome: 'NON_CONFORMING', firstUncoveredDay: '2026-06-30' });
  });

  it('ignores documents entirely outside the period', () => {
    const documents = [aDocument({ id: 'old', effectiveTo: '2025-12-31' }), aDocument({ id: 'future', effectiveFrom: '2027-01-01' })];
    expect(evaluateDocumentEvidence(POLICY, documents, YEAR)).toMatchObject({ outcome: 'NON_CONFORMING', documentIds: [] });
  });

  it('counts a document in force exactly from the first to the last day', () => {
    expect(evaluateDocumentEvidence(POLICY, [aDocument({ effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31' })], YEAR).outcome).toBe('CONFORMING');
  });
});
