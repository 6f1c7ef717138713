import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditFindingSeverity } from '@stardesk/domain';
import { CorrectiveActionEntity } from './corrective-action.entity';
import { InternalAuditEntity } from './internal-audit.entity';
import { OrganisationEntity } from './organisation.entity';

/** A finding of an internal audit, with the corrective action it raised (one action per finding). */
@Entity({ name: 'audit_findings' })
@Index('ix_audit_findings_org_audit', ['orgId', 'auditId', 'createdAt'])
@Index('ix_audit_findings_corrective_action', ['correctiveActionId'])
export class AuditFindingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_audit_findings_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @ManyToOne(() => InternalAuditEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'audit_id', foreignKeyConstraintName: 'fk_audit_findings_audit' })
  audit?: InternalAuditEntity;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clause!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 16 })
  severity!: AuditFindingSeverity;

  @Column({ name: 'corrective_action_id', type: 'uuid', nullable: true })
  correctiveActionId!: string | null;

  @ManyToOne(() => CorrectiveActionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrective_action_id', foreignKeyConstraintName: 'fk_audit_findings_corrective_action' })
  correctiveAction?: CorrectiveActionEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
