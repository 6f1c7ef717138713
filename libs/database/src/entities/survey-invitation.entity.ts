import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { ServiceRequestEntity } from './service-request.entity';
import { SurveyTemplateEntity } from './survey-template.entity';

/**
 * A one-time public survey link for a closed request. Only the SHA-256 of the token is stored: a
 * copy of the database cannot answer anyone's survey. The token alone identifies the organisation.
 */
@Entity({ name: 'survey_invitations' })
@Index('uq_survey_invitations_token_hash', ['tokenHash'], { unique: true })
@Index('ix_survey_invitations_org_request', ['orgId', 'requestId', 'sentAt'])
@Index('ix_survey_invitations_org_sent', ['orgId', 'sentAt'])
export class SurveyInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_survey_invitations_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_survey_invitations_request' })
  request?: ServiceRequestEntity;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId!: string;

  @ManyToOne(() => SurveyTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'fk_survey_invitations_template' })
  template?: SurveyTemplateEntity;

  /** Hex SHA-256 of the token. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
