import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/**
 * How an organisation runs return visits and survey links; one row per organisation, absent until it
 * changes a default (the defaults live in the domain: DEFAULT_SATISFACTION_SETTINGS).
 */
@Entity({ name: 'satisfaction_settings' })
@Check('ck_satisfaction_settings_share', '"return_visit_sampling_share" >= 0 AND "return_visit_sampling_share" <= 1')
export class SatisfactionSettingsEntity {
  @PrimaryColumn({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @OneToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_satisfaction_settings_org' })
  organisation?: OrganisationEntity;

  /** Share of closed requests that get a return visit (1: all). Read back as a string by pg. */
  @Column({ name: 'return_visit_sampling_share', type: 'numeric', precision: 5, scale: 4, default: 1 })
  returnVisitSamplingShare!: string;

  @Column({ name: 'return_visit_max_attempts', type: 'integer', default: 3 })
  returnVisitMaxAttempts!: number;

  @Column({ name: 'return_visit_retry_after_hours', type: 'integer', default: 4 })
  returnVisitRetryAfterHours!: number;

  @Column({ name: 'survey_valid_days', type: 'integer', default: 14 })
  surveyValidDays!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
