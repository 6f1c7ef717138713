import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { ReturnVisitMethod, ReturnVisitOutcome, ReturnVisitStatus } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { ServiceRequestEntity } from './service-request.entity';
import { StaffEntity } from './staff.entity';

/**
 * 回访: scheduled when a (sampled) request closes, due by the return-visit target after closure.
 * A request has at most one SCHEDULED visit; reopening the request cancels it, closing again
 * schedules a new one, so the history of every closure stays.
 */
@Entity({ name: 'return_visits' })
@Index('ix_return_visits_org_due', ['orgId', 'dueAt', 'id'])
@Index('ix_return_visits_org_request', ['orgId', 'requestId'])
@Index('uq_return_visits_request_scheduled', ['orgId', 'requestId'], { unique: true, where: `"status" = 'SCHEDULED'` })
@Check('ck_return_visits_rating', '"rating" BETWEEN 1 AND 5')
@Check('ck_return_visits_recommend', '"recommend" BETWEEN 0 AND 10')
export class ReturnVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_return_visits_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_return_visits_request' })
  request?: ServiceRequestEntity;

  /** The closure this visit follows up (the request's closedAt when it was scheduled). */
  @Column({ name: 'closed_at', type: 'timestamptz' })
  closedAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  status!: ReturnVisitStatus;

  @Column({ name: 'attempt_count', type: 'integer', default: 0 })
  attemptCount!: number;

  /** Suggested time of the next call after an unreachable attempt. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  /** When it was finished (DONE, REFUSED or UNREACHABLE). */
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  /** Method and outcome of the latest attempt. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  method!: ReturnVisitMethod | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome!: ReturnVisitOutcome | null;

  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;

  @Column({ type: 'smallint', nullable: true })
  recommend!: number | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** Who made the latest attempt. */
  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_return_visits_staff' })
  staff?: StaffEntity | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  /** Written by an import of historical records (not entered in StarDesk). */
  @Column({ type: 'boolean', default: false })
  imported!: boolean;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
