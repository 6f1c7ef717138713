import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { DocumentStatus, EvidenceDocumentType } from '@stardesk/domain';
import { AttachmentEntity } from './attachment.entity';
import { OrganisationEntity } from './organisation.entity';
import { StaffEntity } from './staff.entity';

/**
 * 受控文件: one version of a controlled document (service policy, flowchart, manual, FAQ, ...).
 * Versions of one document share `series_id` (the id of its first version); a new version names the
 * approved one it replaces in `supersedes_id`, and approving it ends that one's effectiveness.
 * The file is an attachment (content-addressed store); its SHA-256 is copied here so the register
 * states which content was approved. Effective dates are local dates, both ends inclusive.
 */
@Entity({ name: 'controlled_documents' })
@Index('ix_controlled_documents_org_type_from', ['orgId', 'documentType', 'effectiveFrom'])
@Index('ix_controlled_documents_org_series', ['orgId', 'seriesId', 'createdAt'])
@Index('ix_controlled_documents_org_created', ['orgId', 'createdAt', 'id'])
@Index('uq_controlled_documents_supersedes', ['supersedesId'], { unique: true, where: '"supersedes_id" IS NOT NULL' })
@Check('ck_controlled_documents_effective', '"effective_to" IS NULL OR "effective_to" >= "effective_from"')
@Check('ck_controlled_documents_approved', `"status" = 'DRAFT' OR ("approved_by" IS NOT NULL AND "approved_at" IS NOT NULL AND "effective_from" IS NOT NULL)`)
@Check('ck_controlled_documents_file_sha256', `"file_sha256" IS NULL OR "file_sha256" ~ '^[0-9a-f]{64}$'`)
export class ControlledDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_controlled_documents_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @ManyToOne(() => ControlledDocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'fk_controlled_documents_supersedes' })
  supersedes?: ControlledDocumentEntity | null;

  @Column({ name: 'document_type', type: 'varchar', length: 32 })
  documentType!: EvidenceDocumentType;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'version_label', type: 'varchar', length: 32 })
  versionLabel!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  status!: DocumentStatus;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_controlled_documents_author' })
  author?: StaffEntity | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedById!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approved_by', foreignKeyConstraintName: 'fk_controlled_documents_approved_by' })
  approvedBy?: StaffEntity | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'effective_from', type: 'date', nullable: true })
  effectiveFrom!: string | null;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo!: string | null;

  @Column({ name: 'file_attachment_id', type: 'uuid', nullable: true })
  fileAttachmentId!: string | null;

  @ManyToOne(() => AttachmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_attachment_id', foreignKeyConstraintName: 'fk_controlled_documents_file' })
  fileAttachment?: AttachmentEntity | null;

  @Column({ name: 'file_sha256', type: 'char', length: 64, nullable: true })
  fileSha256!: string | null;

  /** Shown on the customer portal (FAQ and product manuals only) while approved and effective. */
  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
