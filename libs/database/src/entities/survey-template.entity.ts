import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SurveyFactor } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';

/**
 * A satisfaction survey: the overall rating 1–5, weighted factors 1–5, "would recommend" 0–10 and a
 * comment. Versions are immutable once written (responses refer to the version they answered);
 * creating a template with an existing code adds the next version and retires the older ones.
 */
@Entity({ name: 'survey_templates' })
@Index('uq_survey_templates_org_code_version', ['orgId', 'code', 'version'], { unique: true })
export class SurveyTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_survey_templates_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'integer' })
  version!: number;

  /** `[{ key, labelZh, labelEn, weight }]`, weights summing to 1; empty for the overall rating only. */
  @Column({ type: 'jsonb' })
  factors!: SurveyFactor[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
