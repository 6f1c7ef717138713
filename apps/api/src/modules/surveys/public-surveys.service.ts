import { Injectable } from '@nestjs/common';
import {
  OVERALL_SCALE,
  RECOMMEND_SCALE,
  SURVEY_COMMENT_MAX,
  SURVEY_LINK_MESSAGES,
  SURVEY_THANKS,
  factorLabel,
  isWellFormedSurveyToken,
  surveyLinkState,
  validateSurveyAnswers,
  type Locale,
  type SurveyFactor,
  type SurveyLinkState,
} from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../core/errors/app-errors';
import type { SurveyAnswersInput } from './dto/submit-survey-response.input';
import type { PublicSurvey, SurveySubmission } from './public-survey.model';
import { SurveyRecordsRepository } from './survey-records.repository';
import { hashSurveyToken } from './survey-token.util';

interface LinkRow {
  id: string;
  org_id: string;
  request_id: string;
  template_id: string;
  expires_at: Date;
  answered_at: Date | null;
  template_name: string;
  factors: SurveyFactor[];
  organisation_name: string;
  request_code: string;
}

const SELECT_LINK = `
  SELECT i.id, i.org_id, i.request_id, i.template_id, i.expires_at, i.answered_at,
         t.name AS template_name, t.factors, o.name AS organisation_name, sr.code AS request_code
    FROM survey_invitations i
    JOIN survey_templates t ON t.org_id = i.org_id AND t.id = i.template_id
    JOIN organisations o ON o.id = i.org_id
    JOIN service_requests sr ON sr.org_id = i.org_id AND sr.id = i.request_id
   WHERE i.token_hash = $1`;

/**
 * The customer's side of a survey link, without login: the token alone finds the invitation (and so
 * the organisation). Reading never writes: SMS and WeChat previews open links before people do.
 */
@Injectable()
export class PublicSurveysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: SurveyRecordsRepository,
  ) {}

  async byToken(token: string, locale: Locale): Promise<PublicSurvey> {
    const link = isWellFormedSurveyToken(token) ? await this.find(token) : null;
    const state = surveyLinkState(link && { expiresAt: link.expires_at, answeredAt: link.answered_at }, new Date());
    const page: PublicSurvey = { state, message: SURVEY_LINK_MESSAGES[state][locale], organisationName: link?.organisation_name ?? null, requestCode: null, expiresAt: null, questions: null };
    if (state !== 'OPEN' || !link) return page;
    return {
      ...page,
      requestCode: link.request_code,
      expiresAt: link.expires_at,
      questions: {
        name: link.template_name,
        factors: link.factors.map((factor) => ({ key: factor.key, label: factorLabel(factor, locale) })),
        overallMin: OVERALL_SCALE.min,
        overallMax: OVERALL_SCALE.max,
        recommendMin: RECOMMEND_SCALE.min,
        recommendMax: RECOMMEND_SCALE.max,
        commentMaxLength: SURVEY_COMMENT_MAX,
      },
    };
  }

  /**
   * Records the answers once: the invitation row is locked, so of two submissions of one link exactly
   * one is stored; a used, expired or unknown link is refused with the page's own message.
   */
  async submit(token: string, answers: SurveyAnswersInput, locale: Locale): Promise<SurveySubmission> {
    if (!isWellFormedSurveyToken(token)) throw linkRefused('UNKNOWN');
    await this.dataSource.transaction(async (tx) => {
      const [link]: LinkRow[] = await tx.query(`${SELECT_LINK} FOR UPDATE OF i`, [hashSurveyToken(token)]);
      const now = new Date();
      const state = surveyLinkState(link ? { expiresAt: link.expires_at, answeredAt: link.answered_at } : null, now);
      if (state !== 'OPEN') throw linkRefused(state);
      const valid = validateSurveyAnswers(link!.factors, answers);
      await this.records.insertResponse(tx, {
        orgId: link!.org_id,
        requestId: link!.request_id,
        source: 'SURVEY_LINK',
        invitationId: link!.id,
        returnVisitId: null,
        templateId: link!.template_id,
        submittedAt: now,
        ...valid,
      });
      await tx.query('UPDATE survey_invitations SET answered_at = $2 WHERE id = $1', [link!.id, now]);
    });
    return { state: 'ANSWERED', message: SURVEY_THANKS[locale] };
  }

  private async find(token: string): Promise<LinkRow | null> {
    const [row]: LinkRow[] = await this.dataSource.query(SELECT_LINK, [hashSurveyToken(token)]);
    return row ?? null;
  }
}

function linkRefused(state: Exclude<SurveyLinkState, 'OPEN'>): AppError {
  const code = state === 'ANSWERED' ? 'SURVEY_LINK_ANSWERED' : state === 'EXPIRED' ? 'SURVEY_LINK_EXPIRED' : 'SURVEY_LINK_UNKNOWN';
  return new AppError(code, SURVEY_LINK_MESSAGES[state]);
}
