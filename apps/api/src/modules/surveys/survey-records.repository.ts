import { Injectable } from '@nestjs/common';
import { surveyLinkState, type FactorScore, type SurveyResponseSource } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { SurveyInvitation } from './survey-invitation.model';
import type { SurveyResponse } from './survey-response.model';

export interface NewSurveyResponse {
  orgId: string;
  requestId: string;
  source: SurveyResponseSource;
  invitationId: string | null;
  returnVisitId: string | null;
  templateId: string | null;
  submittedAt: Date;
  overall: number;
  recommend: number | null;
  factorScores: FactorScore[];
  comment: string | null;
}

interface ResponseRow {
  id: string;
  request_id: string;
  source: SurveyResponseSource;
  submitted_at: Date;
  overall: number;
  recommend: number | null;
  factor_scores: FactorScore[];
  comment: string | null;
  template_id: string | null;
  invitation_id: string | null;
  return_visit_id: string | null;
}

export interface InvitationRow {
  id: string;
  request_id: string;
  template_id: string;
  sent_at: Date;
  expires_at: Date;
  answered_at: Date | null;
}

export function toInvitation(row: InvitationRow, now: Date = new Date()): SurveyInvitation {
  return {
    id: row.id,
    requestId: row.request_id,
    templateId: row.template_id,
    sentAt: row.sent_at,
    expiresAt: row.expires_at,
    answeredAt: row.answered_at,
    state: surveyLinkState({ expiresAt: row.expires_at, answeredAt: row.answered_at }, now),
  };
}

/** Survey responses (from links and from return visits) and invitations, batched per request. */
@Injectable()
export class SurveyRecordsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes a response in the caller's transaction; both the survey page and return visits use it. */
  async insertResponse(tx: EntityManager, response: NewSurveyResponse): Promise<string> {
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO survey_responses (org_id, request_id, source, invitation_id, return_visit_id, template_id, submitted_at, overall, recommend, factor_scores, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11) RETURNING id`,
      [
        response.orgId, response.requestId, response.source, response.invitationId, response.returnVisitId, response.templateId,
        response.submittedAt, response.overall, response.recommend, JSON.stringify(response.factorScores), response.comment,
      ],
    );
    return id;
  }

  async responsesOf(orgId: string, requestIds: readonly string[]): Promise<Map<string, SurveyResponse[]>> {
    const rows: ResponseRow[] = await this.dataSource.query(
      `SELECT id, request_id, source, submitted_at, overall, recommend, factor_scores, comment, template_id, invitation_id, return_visit_id
         FROM survey_responses WHERE org_id = $1 AND request_id = ANY($2::uuid[]) ORDER BY request_id, submitted_at, id`,
      [orgId, requestIds],
    );
    const byRequest = new Map<string, SurveyResponse[]>(requestIds.map((id) => [id, []]));
    for (const row of rows) {
      byRequest.get(row.request_id)?.push({
        id: row.id,
        requestId: row.request_id,
        source: row.source,
        submittedAt: row.submitted_at,
        overall: row.overall,
        recommend: row.recommend,
        factorScores: row.factor_scores,
        comment: row.comment,
        templateId: row.template_id,
        invitationId: row.invitation_id,
        returnVisitId: row.return_visit_id,
      });
    }
    return byRequest;
  }

  async invitationsOf(orgId: string, requestIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, SurveyInvitation[]>> {
    const rows: InvitationRow[] = await manager.query(
      `SELECT id, request_id, template_id, sent_at, expires_at, answered_at
         FROM survey_invitations WHERE org_id = $1 AND request_id = ANY($2::uuid[]) ORDER BY request_id, sent_at, id`,
      [orgId, requestIds],
    );
    const now = new Date();
    const byRequest = new Map<string, SurveyInvitation[]>(requestIds.map((id) => [id, []]));
    for (const row of rows) byRequest.get(row.request_id)?.push(toInvitation(row, now));
    return byRequest;
  }
}
