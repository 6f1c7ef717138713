import type { AssessmentDocumentSource, ControlledDocumentFact, Period } from '@stardesk/domain';

/**
 * THE DOCUMENT ADAPTER OF ASSESSMENTS (to be wired to the controlled-document register at merge):
 * until `controlled_documents` exists on this branch no register answers, so every DOCUMENT
 * criterion is left open for the assessor. The replacement maps each row of the register
 * (document_type, approval/status, effective_from, effective_to) to a ControlledDocumentFact.
 */
export class NoDocumentRegister implements AssessmentDocumentSource {
  documentsFor(_orgId: string, _period: Period): Promise<ControlledDocumentFact[] | null> {
    return Promise.resolve(null);
  }
}
