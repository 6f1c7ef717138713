import { Injectable } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import { SURVEY_VALID_DAYS_RANGE, ValidationFailed, surveyExpiresAt, surveyLinkState, type FieldError } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../core/errors/app-errors';
import { SatisfactionSettingsService } from '../return-visits/satisfaction-settings.service';
import { ServiceRequestLifecycleService } from '../service-requests/service-request-lifecycle.service';
import type { CreateSurveyInvitationInput } from './dto/create-survey-invitation.input';
import type { CreatedSurveyInvitation } from './survey-invitation.model';
import { toInvitation, type InvitationRow } from './survey-records.repository';
import { SurveyTemplatesService } from './survey-templates.service';
import { hashSurveyToken, newSurveyToken, surveyPath } from './survey-token.util';

@Injectable()
export class SurveyInvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: ServiceRequestLifecycleService,
    private readonly templates: SurveyTemplatesService,
    private readonly settings: SatisfactionSettingsService,
  ) {}

  /**
   * Issues the one-time link of a closed request. The request row is locked, so two staff sending at
   * once get one link between them; a request has one open link at a time, and none once the
   * customer answered about its current closure. The token is returned here and never again.
   */
  async create(organisation: OrganisationEntity, input: CreateSurveyInvitationInput): Promise<CreatedSurveyInvitation> {
    const orgId = organisation.id;
    return this.dataSource.transaction(async (tx) => {
      const request = await this.lifecycle.lock(tx, orgId, input.requestId);
      if (request.status !== 'CLOSED') throw notClosed();

      const errors: FieldError[] = [];
      const validDays = input.validDays ?? (await this.settings.get(orgId, tx)).surveyValidDays;
      if (!Number.isInteger(validDays) || validDays < SURVEY_VALID_DAYS_RANGE.min || validDays > SURVEY_VALID_DAYS_RANGE.max) {
        errors.push({ field: 'validDays', code: 'outOfRange', params: { ...SURVEY_VALID_DAYS_RANGE } });
      }
      const template = await this.templates.forInvitation(tx, orgId, input.templateId);
      if (!template) errors.push({ field: 'templateId', code: input.templateId == null ? 'required' : 'notFound' });
      if (errors.length) throw new ValidationFailed(errors);

      const now = new Date();
      const earlier: InvitationRow[] = await tx.query(
        'SELECT id, request_id, template_id, sent_at, expires_at, answered_at FROM survey_invitations WHERE org_id = $1 AND request_id = $2',
        [orgId, input.requestId],
      );
      if (earlier.some((row) => surveyLinkState({ expiresAt: row.expires_at, answeredAt: row.answered_at }, now) === 'OPEN')) throw alreadyOpen();
      if (earlier.some((row) => row.answered_at && row.sent_at >= request.closed_at!)) throw alreadyAnswered();

      const token = newSurveyToken();
      const [row]: InvitationRow[] = await tx.query(
        `INSERT INTO survey_invitations (org_id, request_id, template_id, token_hash, sent_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, request_id, template_id, sent_at, expires_at, answered_at`,
        [orgId, input.requestId, template!.id, hashSurveyToken(token), now, surveyExpiresAt(now, validDays)],
      );
      return { invitation: toInvitation(row!, now), token, path: surveyPath(token) };
    });
  }
}

const notClosed = () =>
  new AppError('INVALID_STATE', {
    'zh-CN': '只有已关闭的工单可以发送满意度调查',
    en: 'A satisfaction survey can be sent only for a closed request',
  });

const alreadyOpen = () =>
  new AppError('CONFLICT', {
    'zh-CN': '该工单已有一个未过期的调查链接，请等待客户回复或链接过期',
    en: 'This request already has a survey link that has not expired; wait for the answer or the expiry',
  });

const alreadyAnswered = () =>
  new AppError('CONFLICT', {
    'zh-CN': '客户已回复本次服务的满意度调查',
    en: 'The customer has already answered the survey about this service',
  });
