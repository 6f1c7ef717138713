import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FactorScore, SurveyResponseSource } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { ReturnVisitEntity } from './return-visit.entity';
import { ServiceRequestEntity } from './service-request.entity';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyTemplateEntity } from './survey-template.entity';

/**
 * A customer's rating of a request (kpis.md "rating"): answered through a survey link, or taken by
 * staff during a return visit. The KPIs count the latest one per request.
 */
@Entity({ name: 'survey_responses' })
@Index('ix_survey_responses_org_submitted', ['orgId', 'submittedAt'])
@Index('ix_survey_responses_org_request', ['orgId', 'requestId', 'submittedAt'])
@Index('uq_survey_responses_invitation', ['invitationId'], { unique: true, where: '"invitation_id" IS NOT NULL' })
@Index('uq_survey_responses_return_visit', ['returnVisitId'], { unique: true, where: '"return_visit_id" IS NOT NULL' })
@Check('ck_survey_responses_overall', '"overall" BETWEEN 1 AND 5')
@Check('ck_survey_responses_recommend', '"recommend" BETWEEN 0 AND 10')
@Check(
  'ck_survey_responses_source',
  `("source" = 'SURVEY_LINK' AND "invitation_id" IS NOT NULL AND "return_visit_id" IS NULL) OR ("source" = 'RETURN_VISIT' AND "return_visit_id" IS NOT NULL AND "invitation_id" IS NULL)`,
)
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_survey_responses_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_survey_responses_request' })
  request?: ServiceRequestEntity;

  @Column({ name: 'invitation_id', type: 'uuid', nullable: true })
  invitationId!: string | null;

  @ManyToOne(() => SurveyInvitationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invitation_id', foreignKeyConstraintName: 'fk_survey_responses_invitation' })
  invitation?: SurveyInvitationEntity | null;

  @Column({ name: 'return_visit_id', type: 'uuid', nullable: true })
  returnVisitId!: string | null;

  @ManyToOne(() => ReturnVisitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'return_visit_id', foreignKeyConstraintName: 'fk_survey_responses_return_visit' })
  returnVisit?: ReturnVisitEntity | null;

  /** The template version answered (its factors and weights); null for a return-visit rating. */
  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId!: string | null;

  @ManyToOne(() => SurveyTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'fk_survey_responses_template' })
  template?: SurveyTemplateEntity | null;

  @Column({ type: 'varchar', length: 16 })
  source!: SurveyResponseSource;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'smallint' })
  overall!: number;

  @Column({ type: 'smallint', nullable: true })
  recommend!: number | null;

  /** `[{ key, score }]` in the template's factor order; empty without factors. */
  @Column({ name: 'factor_scores', type: 'jsonb' })
  factorScores!: FactorScore[];

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
