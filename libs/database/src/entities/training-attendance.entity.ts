import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { StaffEntity } from './staff.entity';
import { TrainingEntity } from './training.entity';

/** One person at one training, with the assessment when the course had one. */
@Entity({ name: 'training_attendances' })
@Index('uq_training_attendances_training_staff', ['orgId', 'trainingId', 'staffId'], { unique: true })
@Index('ix_training_attendances_org_staff', ['orgId', 'staffId'])
@Check('ck_training_attendances_score', '"score" BETWEEN 0 AND 100')
export class TrainingAttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_training_attendances_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'training_id', type: 'uuid' })
  trainingId!: string;

  @ManyToOne(() => TrainingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'training_id', foreignKeyConstraintName: 'fk_training_attendances_training' })
  training?: TrainingEntity;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_training_attendances_staff' })
  staff?: StaffEntity;

  /** Assessment score 0–100. */
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true })
  score!: string | null;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;
}
