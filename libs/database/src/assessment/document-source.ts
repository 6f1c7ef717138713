import type { AssessmentDocumentSource, ControlledDocumentFact, Period } from '@stardesk/domain';
import type { DataSource, EntityManager } from 'typeorm';

export interface ControlledDocumentRow {
  id: string;
  document_type: string;
  version_label: string | null;
  title: string | null;
  status: string;
  effective_from: string | null;
  effective_to: string | null;
}

/** A version counts for the days it was in force once approved; a superseded one still did. */
export function controlledDocumentFact(row: ControlledDocumentRow): ControlledDocumentFact {
  return {
    id: row.id,
    documentType: row.document_type,
    code: row.version_label,
    title: row.title,
    approved: row.status === 'APPROVED' || row.status === 'SUPERSEDED',
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
  };
}

/**
 * DOCUMENT evidence from the controlled-document register: every approved (or since superseded) version
 * in force on some day of the half-open period; the DOCUMENT rule then checks they cover every day.
 */
export class ControlledDocumentRegister implements AssessmentDocumentSource {
  constructor(private readonly database: DataSource | EntityManager) {}

  async documentsFor(orgId: string, period: Period): Promise<ControlledDocumentFact[] | null> {
    const rows = await this.database.query<ControlledDocumentRow[]>(
      `SELECT id, document_type, version_label, title, status, effective_from::text AS effective_from, effective_to::text AS effective_to
         FROM controlled_documents
        WHERE org_id = $1 AND status <> 'DRAFT' AND effective_from < $3::date AND (effective_to IS NULL OR effective_to >= $2::date)`,
      [orgId, period.from, period.to],
    );
    return rows.map(controlledDocumentFact);
  }
}
