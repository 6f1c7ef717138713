import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { CorrectiveActionSource, CorrectiveActionStatus, EffectivenessResult } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { StaffEntity } from './staff.entity';

/** 纠正措施: a problem, what raised it, root cause, action, owner, due day, and the effectiveness check. */
@Entity({ name: 'corrective_actions' })
@Index('ix_corrective_actions_org_created', ['orgId', 'createdAt', 'id'])
@Index('ix_corrective_actions_org_status_due', ['orgId', 'status', 'dueDate'])
@Index('ix_corrective_actions_org_owner', ['orgId', 'ownerId'])
export class CorrectiveActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_corrective_actions_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 20 })
  source!: CorrectiveActionSource;

  @Column({ name: 'source_reference', type: 'varchar', length: 100, nullable: true })
  sourceReference!: string | null;

  @Column({ type: 'text' })
  problem!: string;

  @Column({ name: 'root_cause', type: 'text', nullable: true })
  rootCause!: string | null;

  @Column({ type: 'text', nullable: true })
  action!: string | null;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_corrective_actions_owner' })
  owner?: StaffEntity;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'varchar', length: 16, default: 'OPEN' })
  status!: CorrectiveActionStatus;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ name: 'completion_note', type: 'text', nullable: true })
  completionNote!: string | null;

  @Column({ name: 'effectiveness_result', type: 'varchar', length: 16, nullable: true })
  effectivenessResult!: EffectivenessResult | null;

  @Column({ name: 'effectiveness_checked_on', type: 'date', nullable: true })
  effectivenessCheckedOn!: string | null;

  @Column({ name: 'effectiveness_checked_by', type: 'uuid', nullable: true })
  effectivenessCheckedById!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'effectiveness_checked_by', foreignKeyConstraintName: 'fk_corrective_actions_checked_by' })
  effectivenessCheckedBy?: StaffEntity | null;

  @Column({ name: 'effectiveness_note', type: 'text', nullable: true })
  effectivenessNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
