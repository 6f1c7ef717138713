import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { StaffEntity } from './staff.entity';

/** A periodic evaluation (考评) of one person: attitude, problem solving, satisfaction, the total. */
@Entity({ name: 'staff_evaluations' })
@Index('uq_staff_evaluations_staff_period', ['orgId', 'staffId', 'periodFrom', 'periodTo'], { unique: true })
@Index('ix_staff_evaluations_org_period', ['orgId', 'periodTo', 'id'])
@Check('ck_staff_evaluations_period', '"period_to" >= "period_from"')
@Check('ck_staff_evaluations_ratings', '"attitude" BETWEEN 1 AND 5 AND "problem_solving" BETWEEN 1 AND 5 AND "satisfaction" BETWEEN 1 AND 5')
@Check('ck_staff_evaluations_score', '"score" BETWEEN 0 AND 100')
export class StaffEvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_staff_evaluations_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_staff_evaluations_staff' })
  staff?: StaffEntity;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Column({ type: 'smallint' })
  attitude!: number;

  @Column({ name: 'problem_solving', type: 'smallint' })
  problemSolving!: number;

  @Column({ type: 'smallint' })
  satisfaction!: number;

  @Column({ type: 'numeric', precision: 4, scale: 1 })
  score!: string;

  @Column({ name: 'evaluator_id', type: 'uuid' })
  evaluatorId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluator_id', foreignKeyConstraintName: 'fk_staff_evaluations_evaluator' })
  evaluator?: StaffEntity;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
