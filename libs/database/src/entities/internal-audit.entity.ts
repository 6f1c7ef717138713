import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { InternalAuditStatus } from '@stardesk/domain';
import { ControlledDocumentEntity } from './controlled-document.entity';
import { OrganisationEntity } from './organisation.entity';

/** 内部审核: planned and performed days, scope, auditors (names: they may be external), report document. */
@Entity({ name: 'internal_audits' })
@Index('ix_internal_audits_org_planned', ['orgId', 'plannedDate', 'id'])
export class InternalAuditEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_internal_audits_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'planned_date', type: 'date' })
  plannedDate!: string;

  @Column({ name: 'performed_date', type: 'date', nullable: true })
  performedDate!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: InternalAuditStatus;

  @Column({ type: 'text' })
  scope!: string;

  @Column({ type: 'varchar', length: 64, array: true })
  auditors!: string[];

  @Column({ name: 'report_document_id', type: 'uuid', nullable: true })
  reportDocumentId!: string | null;

  @ManyToOne(() => ControlledDocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_document_id', foreignKeyConstraintName: 'fk_internal_audits_report' })
  reportDocument?: ControlledDocumentEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
