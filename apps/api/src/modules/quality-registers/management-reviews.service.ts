import { Injectable } from '@nestjs/common';
import { ManagementReviewEntity, type OrganisationEntity } from '@stardesk/database';
import { ValidationFailed, mergeDraft, validateManagementReview, type FieldError } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { lockVersioned } from '../../core/database/versioned-record';
import { recordNotFound } from '../../core/errors/app-errors';
import { isUuid } from '../../core/ids';
import type { Page } from '../../core/pagination/connection.model';
import { checkPageArgs, dateKeySql, keysetPage } from '../../core/pagination/keyset';
import { todayOf } from './controlled-documents.service';
import type { CreateManagementReviewInput, ManagementReviewsArgs, UpdateManagementReviewInput } from './dto/management-review.input';
import type { DocumentReference } from './internal-audit.model';
import type { ManagementReview } from './management-review.model';
import { checkReportDocument, reportDocumentSql } from './report-documents.util';

const REVIEW = { 'zh-CN': '管理评审', en: 'Management review' };

interface ReviewRow {
  id: string;
  cursor_key: string;
  title: string;
  review_date: string;
  chair: string | null;
  attendees: string[];
  inputs: string;
  decisions: string | null;
  report: DocumentReference | null;
  version: number;
}

const SELECT_REVIEW = `
  SELECT r.id, ${dateKeySql('r.review_date')} AS cursor_key, r.title, ${dateKeySql('r.review_date')} AS review_date, r.chair, r.attendees,
         r.inputs, r.decisions, r.version, ${reportDocumentSql('r')} AS report
    FROM management_reviews r`;

const toModel = (row: ReviewRow): ManagementReview => ({
  id: row.id,
  title: row.title,
  reviewDate: row.review_date,
  chair: row.chair,
  attendees: row.attendees,
  inputs: row.inputs,
  decisions: row.decisions,
  reportDocument: row.report,
  version: row.version,
});

@Injectable()
export class ManagementReviewsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Latest first. */
  list(organisation: OrganisationEntity, args: ManagementReviewsArgs): Promise<Page<ManagementReview>> {
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    return keysetPage(
      this.dataSource.manager,
      { select: SELECT_REVIEW, where: 'r.org_id = $1', params: [organisation.id], keyColumn: 'r.review_date', idColumn: 'r.id', keyType: 'date', direction: 'DESC' },
      { first: args.first, after },
      toModel,
    );
  }

  async byId(organisation: OrganisationEntity, id: string): Promise<ManagementReview> {
    const rows: ReviewRow[] = isUuid(id) ? await this.dataSource.query(`${SELECT_REVIEW} WHERE r.org_id = $1 AND r.id = $2`, [organisation.id, id]) : [];
    if (!rows[0]) throw recordNotFound(REVIEW, id);
    return toModel(rows[0]);
  }

  async create(organisation: OrganisationEntity, input: CreateManagementReviewInput): Promise<ManagementReview> {
    const valid = validateManagementReview(input, todayOf(organisation));
    const id = await this.dataSource.transaction(async (tx) => {
      await checkReportDocument(tx, organisation.id, valid.reportDocumentId, 'MANAGEMENT_REVIEW_REPORT');
      const reviews = tx.getRepository(ManagementReviewEntity);
      return (await reviews.save(reviews.create({ ...valid, orgId: organisation.id }))).id;
    });
    return this.byId(organisation, id);
  }

  async update(organisation: OrganisationEntity, input: UpdateManagementReviewInput): Promise<ManagementReview> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, ManagementReviewEntity, organisation.id, input.id, input.expectedVersion, REVIEW);
      const { id: _id, expectedVersion: _version, ...changes } = input;
      const { title, reviewDate, chair, attendees, inputs, decisions, reportDocumentId } = current;
      const valid = validateManagementReview(mergeDraft({ title, reviewDate, chair, attendees, inputs, decisions, reportDocumentId }, changes), todayOf(organisation));
      await checkReportDocument(tx, organisation.id, valid.reportDocumentId, 'MANAGEMENT_REVIEW_REPORT');
      await tx.getRepository(ManagementReviewEntity).update({ orgId: organisation.id, id: current.id }, valid);
    });
    return this.byId(organisation, input.id);
  }
}
