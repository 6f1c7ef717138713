import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ReturnVisitMethod, ReturnVisitOutcome } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { ReturnVisitEntity } from './return-visit.entity';
import { StaffEntity } from './staff.entity';

/** One call (or message, or trip) of a return visit, kept so unreachable customers' retries show. */
@Entity({ name: 'return_visit_attempts' })
@Index('uq_return_visit_attempts_seq', ['orgId', 'returnVisitId', 'seq'], { unique: true })
export class ReturnVisitAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_return_visit_attempts_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'return_visit_id', type: 'uuid' })
  returnVisitId!: string;

  @ManyToOne(() => ReturnVisitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'return_visit_id', foreignKeyConstraintName: 'fk_return_visit_attempts_visit' })
  returnVisit?: ReturnVisitEntity;

  /** 1 for the first attempt. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 16 })
  method!: ReturnVisitMethod;

  @Column({ type: 'varchar', length: 16 })
  outcome!: ReturnVisitOutcome;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_return_visit_attempts_staff' })
  staff?: StaffEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
