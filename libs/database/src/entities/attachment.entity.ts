import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AttachmentMediaType, AttachmentOwnerType, AttachmentPurpose } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { StaffEntity } from './staff.entity';

/**
 * 附件: a file kept beside a record. The content lives in the file store under its SHA-256 (the same
 * content uploaded twice is stored once); this row says whose it is, what for and who added it.
 * The owner is polymorphic (owner_type + owner_id), so its existence in the same organisation is
 * checked by the API when the file is attached. Never deleted: a wrong file is retired (hidden, kept).
 */
@Entity({ name: 'attachments' })
@Index('ix_attachments_org_owner', ['orgId', 'ownerType', 'ownerId', 'uploadedAt'])
@Index('ix_attachments_sha256', ['sha256'])
@Check('ck_attachments_sha256', `"sha256" ~ '^[0-9a-f]{64}$'`)
@Check('ck_attachments_size', '"size_bytes" > 0')
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_attachments_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'owner_type', type: 'varchar', length: 32 })
  ownerType!: AttachmentOwnerType;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'varchar', length: 32 })
  purpose!: AttachmentPurpose;

  /** The name it was uploaded with (folders and control characters removed), sent back on download. */
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  /** Detected from the content's first bytes, never taken from the client. */
  @Column({ name: 'media_type', type: 'varchar', length: 64 })
  mediaType!: AttachmentMediaType;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  /** Lower-case hex SHA-256 of the content: its address in the file store and its ETag. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'fk_attachments_uploaded_by' })
  uploadedBy?: StaffEntity | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ name: 'retired_by', type: 'uuid', nullable: true })
  retiredById!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'retired_by', foreignKeyConstraintName: 'fk_attachments_retired_by' })
  retiredBy?: StaffEntity | null;

  @Column({ name: 'retire_reason', type: 'text', nullable: true })
  retireReason!: string | null;
}
