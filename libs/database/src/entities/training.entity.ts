import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** A training course held on a day; who attended is in training_attendances. */
@Entity({ name: 'trainings' })
@Index('ix_trainings_org_date', ['orgId', 'date', 'id'])
@Check('ck_trainings_hours', '"hours" > 0')
export class TrainingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_trainings_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 100 })
  course!: string;

  /** Local date of the course (its first day). */
  @Column({ type: 'date' })
  date!: string;

  /** Hours credited to each attendee. */
  @Column({ type: 'numeric', precision: 5, scale: 1 })
  hours!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  trainer!: string | null;

  @Column({ type: 'text', nullable: true })
  syllabus!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
