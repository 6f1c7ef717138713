import { Injectable } from '@nestjs/common';
import type { AttachmentMediaType, AttachmentOwnerType, AttachmentPurpose } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Attachment } from './attachment.model';

/** The tables whose rows can own files; every one has org_id and id. */
const OWNER_TABLES: Record<AttachmentOwnerType, string> = {
  SERVICE_REQUEST: 'service_requests',
  VISIT: 'visits',
  COMPLAINT: 'complaints',
  RETURN_VISIT: 'return_visits',
  QUALIFICATION: 'qualifications',
  DELIVERY: 'deliveries',
  TAKE_BACK: 'take_backs',
  CONTROLLED_DOCUMENT: 'controlled_documents',
};

export interface NewAttachment {
  orgId: string;
  ownerType: AttachmentOwnerType;
  ownerId: string;
  purpose: AttachmentPurpose;
  fileName: string;
  mediaType: AttachmentMediaType;
  size: number;
  sha256: string;
  uploadedById: string | null;
}

interface AttachmentRow {
  id: string;
  owner_type: AttachmentOwnerType;
  owner_id: string;
  purpose: AttachmentPurpose;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: Date;
  uploaded_by_id: string | null;
  uploaded_by_login: string | null;
  uploaded_by_name: string | null;
  retired_at: Date | null;
  retired_by_id: string | null;
  retired_by_login: string | null;
  retired_by_name: string | null;
  retire_reason: string | null;
}

const SELECT_ATTACHMENT = `
  SELECT a.id, a.owner_type, a.owner_id, a.purpose, a.file_name, a.media_type, a.size_bytes, a.sha256, a.uploaded_at,
         u.id AS uploaded_by_id, u.login AS uploaded_by_login, u.name AS uploaded_by_name,
         a.retired_at, r.id AS retired_by_id, r.login AS retired_by_login, r.name AS retired_by_name, a.retire_reason
    FROM attachments a
    LEFT JOIN staff u ON u.org_id = a.org_id AND u.id = a.uploaded_by
    LEFT JOIN staff r ON r.org_id = a.org_id AND r.id = a.retired_by`;

const staff = (id: string | null, login: string | null, name: string | null) => (id ? { id, login: login!, name: name! } : null);

function toModel(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    ownerType: row.owner_type,
    ownerId: row.owner_id,
    purpose: row.purpose,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size_bytes,
    sha256: row.sha256,
    downloadUrl: `/api/attachments/${row.id}`,
    uploadedAt: row.uploaded_at,
    uploadedBy: staff(row.uploaded_by_id, row.uploaded_by_login, row.uploaded_by_name),
    retiredAt: row.retired_at,
    retiredBy: staff(row.retired_by_id, row.retired_by_login, row.retired_by_name),
    retireReason: row.retire_reason,
  };
}

@Injectable()
export class AttachmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async ownerExists(orgId: string, ownerType: AttachmentOwnerType, ownerId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM ${OWNER_TABLES[ownerType]} WHERE org_id = $1 AND id = $2`, [orgId, ownerId]);
    return rows.length > 0;
  }

  async insert(attachment: NewAttachment, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO attachments (org_id, owner_type, owner_id, purpose, file_name, media_type, size_bytes, sha256, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [attachment.orgId, attachment.ownerType, attachment.ownerId, attachment.purpose, attachment.fileName, attachment.mediaType, attachment.size, attachment.sha256, attachment.uploadedById],
    );
    return id;
  }

  async findById(orgId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Attachment | null> {
    const rows: AttachmentRow[] = await manager.query(`${SELECT_ATTACHMENT} WHERE a.org_id = $1 AND a.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  /** Files of many owners of one type in one query (batched by the per-owner loaders), oldest first. */
  async ofOwners(orgId: string, ownerType: AttachmentOwnerType, ownerIds: readonly string[], includeRetired = false): Promise<Map<string, Attachment[]>> {
    const rows: AttachmentRow[] = await this.dataSource.query(
      `${SELECT_ATTACHMENT}
        WHERE a.org_id = $1 AND a.owner_type = $2 AND a.owner_id = ANY($3::uuid[]) AND ($4 OR a.retired_at IS NULL)
        ORDER BY a.owner_id, a.uploaded_at, a.id`,
      [orgId, ownerType, ownerIds, includeRetired],
    );
    const byOwner = new Map<string, Attachment[]>(ownerIds.map((id) => [id, []]));
    for (const row of rows) byOwner.get(row.owner_id)?.push(toModel(row));
    return byOwner;
  }

  /** Whether any row (of any organisation) still refers to the content. */
  async isReferenced(sha256: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM attachments WHERE sha256 = $1 LIMIT 1', [sha256]);
    return rows.length > 0;
  }

  /** Retires a file once; false when it was retired already (or is not the organisation's). */
  async retire(orgId: string, id: string, retiredById: string | null, reason: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE attachments SET retired_at = now(), retired_by = $3, retire_reason = $4
        WHERE org_id = $1 AND id = $2 AND retired_at IS NULL RETURNING id`,
      [orgId, id, retiredById, reason],
    );
    return rows.length > 0;
  }
}
