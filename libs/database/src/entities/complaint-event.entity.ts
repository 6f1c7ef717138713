import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ComplaintAction, ComplaintDeadlineKind, ComplaintEscalationReason, ComplaintStatus } from '@stardesk/domain';
import { ComplaintEntity } from './complaint.entity';
import { OrganisationEntity } from './organisation.entity';
import { StaffEntity } from './staff.entity';

/**
 * One entry of a complaint's history: its receipt, acknowledgement, each escalation (manual with a
 * reason, or DEADLINE_PASSED by the job, naming the deadline) and its closure.
 */
@Entity({ name: 'complaint_events' })
@Index('ix_complaint_events_complaint', ['orgId', 'complaintId', 'at'])
// A deadline escalates a complaint at most once, even if two job runs overlap (NULLs never clash).
@Index('uq_complaint_events_deadline', ['orgId', 'complaintId', 'deadline'], { unique: true })
export class ComplaintEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_complaint_events_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'complaint_id', type: 'uuid' })
  complaintId!: string;

  @ManyToOne(() => ComplaintEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'complaint_id', foreignKeyConstraintName: 'fk_complaint_events_complaint' })
  complaint?: ComplaintEntity;

  @Column({ type: 'varchar', length: 16 })
  action!: ComplaintAction;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: ComplaintStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: ComplaintStatus;

  @Column({ name: 'from_level', type: 'smallint', nullable: true })
  fromLevel!: number | null;

  @Column({ name: 'to_level', type: 'smallint' })
  toLevel!: number;

  @Column({ name: 'escalation_reason', type: 'varchar', length: 16, nullable: true })
  escalationReason!: ComplaintEscalationReason | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  deadline!: ComplaintDeadlineKind | null;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_complaint_events_actor' })
  actor?: StaffEntity | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Synthesised by an import from the timestamps of a historical record (the actor is then null). */
  @Column({ type: 'boolean', default: false })
  imported!: boolean;
}
