import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type {
  AssessmentExclusion,
  AssessmentScore,
  AssessmentStatus,
  AssessorJudgement,
  AutomaticEvaluation,
  ControlledDocumentFact,
  SpecialBonus,
  SpecialDeduction,
} from '@stardesk/domain';
import { IndicatorCatalogVersionEntity } from './indicator-catalog-version.entity';
import { OrganisationEntity } from './organisation.entity';

/**
 * A GB/T 27922 self-assessment of one period against one catalogue version. Every input the score
 * reads is stored on the row (the automatic evaluation with its KPI values, documents and samples,
 * the assessor's judgements, exclusions, deductions, the bonus), so a signed-off assessment is
 * frozen simply by refusing every change.
 */
@Entity({ name: 'assessments' })
@Index('ix_assessments_org_period', ['orgId', 'periodFrom', 'periodTo'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_assessments_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  /** First local day of the period (inclusive). */
  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  /** Local day after the period (exclusive): kpis.md's half-open [from, to). */
  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ name: 'catalog_version_id', type: 'uuid' })
  catalogVersionId!: string;

  @ManyToOne(() => IndicatorCatalogVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'catalog_version_id', foreignKeyConstraintName: 'fk_assessments_catalog_version' })
  catalogVersion?: IndicatorCatalogVersionEntity;

  /** Seed of every sample of this assessment (each criterion derives its own from it). */
  @Column({ name: 'sample_seed', type: 'varchar', length: 100 })
  sampleSeed!: string;

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status!: AssessmentStatus;

  @Column({ name: 'automatic_evaluation', type: 'jsonb', nullable: true })
  automaticEvaluation!: AutomaticEvaluation | null;

  /** The controlled documents the evaluation saw, null while no register answered. */
  @Column({ type: 'jsonb', nullable: true })
  documents!: ControlledDocumentFact[] | null;

  /** The assessor's judgements by criterion key. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  judgements!: Record<string, AssessorJudgement>;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  exclusions!: AssessmentExclusion[];

  @Column({ name: 'special_deductions', type: 'jsonb', default: () => "'[]'" })
  specialDeductions!: SpecialDeduction[];

  /** At most one counts (rule 4), so at most one is kept. */
  @Column({ name: 'special_bonus', type: 'jsonb', nullable: true })
  specialBonus!: SpecialBonus | null;

  /** The score as of the last change (for lists); the full breakdown is frozen at sign-off. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  score!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  grade!: string | null;

  @Column({ name: 'signed_off_score', type: 'jsonb', nullable: true })
  signedOffScore!: AssessmentScore | null;

  @Column({ name: 'signed_off_at', type: 'timestamptz', nullable: true })
  signedOffAt!: Date | null;

  @Column({ name: 'signed_off_by', type: 'varchar', length: 100, nullable: true })
  signedOffBy!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
