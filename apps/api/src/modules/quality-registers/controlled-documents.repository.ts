import { Injectable } from '@nestjs/common';
import { isEffectiveOn, type DocumentStatus, type DocumentValidity, type EvidenceDocumentType, type LocalDate } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlConditions } from '../../core/database/sql-conditions';
import type { Page } from '../../core/pagination/connection.model';
import { instantKeySql, keysetPage, type KeysetCursor } from '../../core/pagination/keyset';
import type { ControlledDocument, DocumentFile } from './controlled-document.model';

export interface DocumentListQuery {
  orgId: string;
  documentTypes?: readonly EvidenceDocumentType[] | null;
  statuses?: readonly DocumentStatus[] | null;
  seriesId?: string | null;
}

type Person = { id: string; login: string; name: string } | null;

interface DocumentRow {
  id: string;
  cursor_key: string;
  series_id: string;
  supersedes_id: string | null;
  document_type: EvidenceDocumentType;
  title: string;
  version_label: string;
  description: string | null;
  status: DocumentStatus;
  author: Person;
  approver: Person;
  approved_at: Date | null;
  effective_from: string | null;
  effective_to: string | null;
  file: { id: string; file_name: string; media_type: string; size_bytes: number } | null;
  file_sha256: string | null;
  published: boolean;
  created_at: Date;
  version: number;
}

/** A version with its author, approver and file in one row: no N+1. */
const SELECT_DOCUMENT = `
  SELECT d.id, ${instantKeySql('d.created_at')} AS cursor_key, d.series_id, d.supersedes_id, d.document_type, d.title, d.version_label,
         d.description, d.status, d.approved_at, to_char(d.effective_from, 'YYYY-MM-DD') AS effective_from,
         to_char(d.effective_to, 'YYYY-MM-DD') AS effective_to, d.file_sha256, d.published, d.created_at, d.version,
         (SELECT json_build_object('id', s.id, 'login', s.login, 'name', s.name) FROM staff s WHERE s.org_id = d.org_id AND s.id = d.author_id) AS author,
         (SELECT json_build_object('id', s.id, 'login', s.login, 'name', s.name) FROM staff s WHERE s.org_id = d.org_id AND s.id = d.approved_by) AS approver,
         (SELECT json_build_object('id', a.id, 'file_name', a.file_name, 'media_type', a.media_type, 'size_bytes', a.size_bytes)
            FROM attachments a WHERE a.org_id = d.org_id AND a.id = d.file_attachment_id) AS file
    FROM controlled_documents d`;

function fileOf(row: DocumentRow): DocumentFile | null {
  if (!row.file || !row.file_sha256) return null;
  return {
    attachmentId: row.file.id,
    fileName: row.file.file_name,
    mediaType: row.file.media_type,
    size: row.file.size_bytes,
    sha256: row.file_sha256,
    downloadUrl: `/api/attachments/${row.file.id}`,
  };
}

const validityOf = (row: DocumentRow): DocumentValidity => ({
  id: row.id,
  documentType: row.document_type,
  status: row.status,
  effectiveFrom: row.effective_from,
  effectiveTo: row.effective_to,
});

function toModel(row: DocumentRow, today: LocalDate): ControlledDocument {
  return {
    id: row.id,
    seriesId: row.series_id,
    supersedesId: row.supersedes_id,
    documentType: row.document_type,
    title: row.title,
    versionLabel: row.version_label,
    description: row.description,
    status: row.status,
    author: row.author,
    approvedBy: row.approver,
    approvedAt: row.approved_at,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    inForce: isEffectiveOn(validityOf(row), today),
    file: fileOf(row),
    published: row.published,
    createdAt: row.created_at,
    version: row.version,
  };
}

function conditionsOf(query: DocumentListQuery): SqlConditions {
  return new SqlConditions('d.org_id', query.orgId)
    .when(query.documentTypes?.length, (p) => `d.document_type = ANY(${p}::varchar[])`, query.documentTypes)
    .when(query.statuses?.length, (p) => `d.status = ANY(${p}::varchar[])`, query.statuses)
    .when(query.seriesId, (p) => `d.series_id = ${p}::uuid`, query.seriesId);
}

export interface NewDocumentVersion {
  id: string;
  seriesId: string;
  supersedesId: string | null;
  documentType: EvidenceDocumentType;
  title: string;
  versionLabel: string;
  description: string | null;
  authorId: string | null;
  published: boolean;
}

@Injectable()
export class ControlledDocumentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest version first. */
  page(query: DocumentListQuery, page: { first: number; after: KeysetCursor | null }, today: LocalDate): Promise<Page<ControlledDocument>> {
    const { where, params } = conditionsOf(query);
    return keysetPage(
      this.dataSource.manager,
      { select: SELECT_DOCUMENT, where, params, keyColumn: 'd.created_at', idColumn: 'd.id', keyType: 'timestamptz', direction: 'DESC' },
      page,
      (row: DocumentRow) => toModel(row, today),
    );
  }

  async findById(orgId: string, id: string, today: LocalDate, manager: EntityManager = this.dataSource.manager): Promise<ControlledDocument | null> {
    const rows: DocumentRow[] = await manager.query(`${SELECT_DOCUMENT} WHERE d.org_id = $1 AND d.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0], today) : null;
  }

  /** Approved and superseded versions of the types that were effective on some day between `from` and `to`. */
  async effectiveBetween(orgId: string, types: readonly EvidenceDocumentType[], from: LocalDate, to: LocalDate, today: LocalDate): Promise<ControlledDocument[]> {
    const rows: DocumentRow[] = await this.dataSource.query(
      `${SELECT_DOCUMENT}
        WHERE d.org_id = $1 AND d.document_type = ANY($2::varchar[]) AND d.status <> 'DRAFT'
          AND d.effective_from <= $4::date AND (d.effective_to IS NULL OR d.effective_to >= $3::date)
        ORDER BY d.document_type, d.effective_from, d.id`,
      [orgId, types, from, to],
    );
    return rows.map((row) => toModel(row, today));
  }

  /** Published versions with a file, of the types, effective on `day`. */
  async publishedOn(orgId: string, types: readonly EvidenceDocumentType[], day: LocalDate): Promise<ControlledDocument[]> {
    const rows: DocumentRow[] = await this.dataSource.query(
      `${SELECT_DOCUMENT}
        WHERE d.org_id = $1 AND d.document_type = ANY($2::varchar[]) AND d.published AND d.status <> 'DRAFT'
          AND d.file_attachment_id IS NOT NULL
          AND d.effective_from <= $3::date AND (d.effective_to IS NULL OR d.effective_to >= $3::date)
        ORDER BY d.document_type, d.title, d.id`,
      [orgId, types, day],
    );
    return rows.map((row) => toModel(row, day));
  }

  async insert(tx: EntityManager, orgId: string, document: NewDocumentVersion): Promise<void> {
    await tx.query(
      `INSERT INTO controlled_documents (id, org_id, series_id, supersedes_id, document_type, title, version_label, description, author_id, published)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [document.id, orgId, document.seriesId, document.supersedesId, document.documentType, document.title, document.versionLabel, document.description, document.authorId, document.published],
    );
  }

  /** The file an attachment row holds, if it belongs to this document and is not retired. */
  async attachmentOf(tx: EntityManager, orgId: string, documentId: string, attachmentId: string): Promise<{ id: string; sha256: string } | null> {
    const rows: { id: string; sha256: string }[] = await tx.query(
      `SELECT id, sha256 FROM attachments
        WHERE org_id = $1 AND id = $2 AND owner_type = 'CONTROLLED_DOCUMENT' AND owner_id = $3 AND retired_at IS NULL`,
      [orgId, attachmentId, documentId],
    );
    return rows[0] ?? null;
  }

  async hasSuccessor(tx: EntityManager, orgId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await tx.query('SELECT 1 FROM controlled_documents WHERE org_id = $1 AND supersedes_id = $2', [orgId, id]);
    return rows.length > 0;
  }
}
