import { ControlledDocumentEntity } from '@stardesk/database';
import { ValidationFailed, type EvidenceDocumentType } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../../core/ids';

/** A report named by an audit or a review must be a controlled document of the organisation, of the right type. */
export async function checkReportDocument(tx: EntityManager, orgId: string, id: string | null, type: EvidenceDocumentType): Promise<void> {
  if (!id) return;
  const document = isUuid(id) ? await tx.getRepository(ControlledDocumentEntity).findOneBy({ orgId, id }) : null;
  if (!document) throw new ValidationFailed([{ field: 'reportDocumentId', code: 'notFound' }]);
  if (document.documentType !== type) throw new ValidationFailed([{ field: 'reportDocumentId', code: 'wrongDocumentType', params: { type } }]);
}

/** SQL of the `{ id, documentType, title, versionLabel }` of a report column, or null. */
export const reportDocumentSql = (alias: string): string =>
  `(SELECT json_build_object('id', d.id, 'documentType', d.document_type, 'title', d.title, 'versionLabel', d.version_label)
      FROM controlled_documents d WHERE d.org_id = ${alias}.org_id AND d.id = ${alias}.report_document_id)`;
