import { Injectable } from '@nestjs/common';
import { StaffEntity, type OrganisationEntity } from '@stardesk/database';
import {
  ReturnVisitNotOpen,
  ValidationFailed,
  nextReturnVisitStep,
  validateReturnVisitAttempt,
  type FieldError,
  type ReturnVisitStatus,
} from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { AppError, recordNotFound, staleVersion } from '../../core/errors/app-errors';
import { SurveyRecordsRepository } from '../surveys/survey-records.repository';
import type { RecordReturnVisitAttemptInput } from './dto/record-return-visit-attempt.input';
import { MAX_PAGE_SIZE, type ReturnVisitFilter, type ReturnVisitsArgs } from './dto/return-visits.args';
import type { ReturnVisit, ReturnVisitConnection } from './return-visit.model';
import { ReturnVisitsRepository, decodeReturnVisitCursor, type ReturnVisitListQuery } from './return-visits.repository';
import { SatisfactionSettingsService } from './satisfaction-settings.service';
import { isUuid } from '../../core/ids';

const RETURN_VISIT = { 'zh-CN': '回访记录', en: 'Return visit' };

interface LockedReturnVisit {
  request_id: string;
  closed_at: Date;
  status: ReturnVisitStatus;
  attempt_count: number;
  version: number;
  last_attempt_at: Date | null;
}

function listQuery(orgId: string, filter: ReturnVisitFilter | null | undefined, errors: FieldError[]): ReturnVisitListQuery {
  filter?.outletIds?.forEach((id, index) => {
    if (!isUuid(id)) errors.push({ field: `filter.outletIds.${index}`, code: 'notFound' });
  });
  if (filter?.requestId && !isUuid(filter.requestId)) errors.push({ field: 'filter.requestId', code: 'notFound' });
  return { orgId, statuses: filter?.statuses, dueBefore: filter?.dueBefore, outletIds: filter?.outletIds, requestId: filter?.requestId };
}

@Injectable()
export class ReturnVisitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReturnVisitsRepository,
    private readonly settings: SatisfactionSettingsService,
    private readonly surveyRecords: SurveyRecordsRepository,
  ) {}

  async list(organisation: OrganisationEntity, args: ReturnVisitsArgs): Promise<ReturnVisitConnection> {
    const errors: FieldError[] = [];
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
      errors.push({ field: 'first', code: 'outOfRange', params: { min: 1, max: MAX_PAGE_SIZE } });
    }
    const after = args.after ? decodeReturnVisitCursor(args.after) : null;
    if (args.after && !after) errors.push({ field: 'after', code: 'invalidCode' });
    const query = listQuery(organisation.id, args.filter, errors);
    if (errors.length) throw new ValidationFailed(errors);
    const [page, totalCount] = await Promise.all([this.repository.page(query, args.first, after), this.repository.count(query)]);
    return { edges: page.edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null }, totalCount };
  }

  /**
   * Records one attempt in one transaction: the visit row is locked (two staff calling the same
   * customer are serialised), the domain decides the next status, the attempt is appended, and a
   * completed visit's rating is stored as a survey response (it counts in the satisfaction KPIs).
   */
  async recordAttempt(organisation: OrganisationEntity, input: RecordReturnVisitAttemptInput): Promise<ReturnVisit> {
    const orgId = organisation.id;
    if (!isUuid(input.returnVisitId)) throw recordNotFound(RETURN_VISIT, input.returnVisitId);
    await this.dataSource.transaction(async (tx) => {
      const [visit]: LockedReturnVisit[] = await tx.query(
        `SELECT rv.request_id, rv.closed_at, rv.status, rv.attempt_count, rv.version,
                (SELECT max(a.at) FROM return_visit_attempts a WHERE a.org_id = rv.org_id AND a.return_visit_id = rv.id) AS last_attempt_at
           FROM return_visits rv WHERE rv.org_id = $1 AND rv.id = $2 FOR UPDATE`,
        [orgId, input.returnVisitId],
      );
      if (!visit) throw recordNotFound(RETURN_VISIT, input.returnVisitId);
      if (input.expectedVersion != null && input.expectedVersion !== visit.version) throw staleVersion(input.expectedVersion, visit.version);
      if (visit.status !== 'SCHEDULED') throw notOpen(visit.status);

      const attempt = validateReturnVisitAttempt(input, { closedAt: visit.closed_at, previousAttemptAt: visit.last_attempt_at, now: new Date() });
      const staffId = input.staffId?.trim() || null;
      if (staffId) {
        const staff = isUuid(staffId) ? await tx.getRepository(StaffEntity).findOneBy({ orgId, id: staffId, active: true }) : null;
        if (!staff) throw new ValidationFailed([{ field: 'staffId', code: 'notFound' }]);
      }
      const settings = await this.settings.get(orgId, tx);
      const step = nextReturnVisitStep({ status: visit.status, attemptCount: visit.attempt_count }, attempt.outcome, attempt.at, {
        maxAttempts: settings.returnVisitMaxAttempts,
        retryAfterHours: settings.returnVisitRetryAfterHours,
      });

      await tx.query(
        `INSERT INTO return_visit_attempts (org_id, return_visit_id, seq, at, method, outcome, note, staff_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [orgId, input.returnVisitId, step.attemptCount, attempt.at, attempt.method, attempt.outcome, attempt.note, staffId],
      );
      await tx.query(
        `UPDATE return_visits
            SET status = $3, attempt_count = $4, next_attempt_at = $5, done_at = $6, method = $7, outcome = $8,
                rating = $9, recommend = $10, comment = $11, staff_id = $12, version = version + 1, updated_at = now()
          WHERE org_id = $1 AND id = $2`,
        [orgId, input.returnVisitId, step.status, step.attemptCount, step.nextAttemptAt, step.doneAt, attempt.method, attempt.outcome, attempt.rating, attempt.recommend, attempt.comment, staffId],
      );
      if (attempt.outcome === 'COMPLETED') {
        await this.surveyRecords.insertResponse(tx, {
          orgId,
          requestId: visit.request_id,
          source: 'RETURN_VISIT',
          invitationId: null,
          returnVisitId: input.returnVisitId,
          templateId: null,
          submittedAt: attempt.at,
          overall: attempt.rating!,
          recommend: attempt.recommend,
          factorScores: [],
          comment: attempt.comment,
        });
      }
    });
    return (await this.repository.findById(orgId, input.returnVisitId))!;
  }
}

function notOpen(status: ReturnVisitStatus): AppError {
  const refused = new ReturnVisitNotOpen(status);
  return new AppError('INVALID_STATE', { 'zh-CN': refused.localisedMessage('zh-CN'), en: refused.localisedMessage('en') });
}
