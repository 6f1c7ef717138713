import { Inject, Injectable } from '@nestjs/common';
import { AssessmentEntity, IndicatorCatalogVersionEntity, catalogVersionByNo, evaluateAutomatically, latestCatalogVersion, type OrganisationEntity } from '@stardesk/database';
import {
  InvalidKpiPeriod,
  SPECIAL_DEDUCTION_KINDS,
  ValidationFailed,
  acceptsJudgement,
  resolvePeriod,
  scoreAssessment,
  type AssessmentDocumentSource,
  type AssessmentKpiSource,
  type FieldError,
  type IndicatorCatalog,
} from '@stardesk/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, recordNotFound } from '../../core/errors/app-errors';
import { lockVersioned } from '../../core/database/versioned-record';
import { isUuid } from '../../core/ids';
import { ASSESSMENT_DOCUMENT_SOURCE, ASSESSMENT_KPI_SOURCE } from './assessment-sources.provider';
import { assessmentInputOf } from './assessment-view.util';
import type {
  AddSpecialDeductionInput,
  AssessmentChangeInput,
  CreateAssessmentInput,
  ExcludeAssessmentItemInput,
  RecordAssessmentJudgementInput,
  RemoveAssessmentExclusionInput,
  RemoveSpecialDeductionInput,
  SetSpecialBonusInput,
  SignOffAssessmentInput,
} from './dto/assessment-change.input';

const ASSESSMENT = { 'zh-CN': '评估', en: 'Assessment' };
const MAX_TEXT = 2000;
const MAX_LINKS = 20;
const MAX_LINK = 500;

export interface LoadedAssessment {
  row: AssessmentEntity;
  version: IndicatorCatalogVersionEntity;
}

const signedOff = (): AppError =>
  new AppError('INVALID_STATE', { 'zh-CN': '评估已签署并冻结，不能再修改', en: 'The assessment is signed off and frozen; it can no longer be changed' });

const stillUnassessed = (keys: string[]): AppError =>
  new AppError('INVALID_STATE', {
    'zh-CN': `以下检查项尚未评审，不能签署：${keys.join('、')}`,
    en: `These criteria are not assessed yet, so the assessment cannot be signed off: ${keys.join(', ')}`,
  });

/**
 * GB/T 27922 self-assessments: created for a period and a catalogue version and evaluated at once;
 * then the assessor's judgements, exclusions, special deductions and the bonus; sign-off freezes it.
 * Every change locks the row and checks the version the caller saw.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ASSESSMENT_KPI_SOURCE) private readonly kpiSource: AssessmentKpiSource,
    @Inject(ASSESSMENT_DOCUMENT_SOURCE) private readonly documentSource: AssessmentDocumentSource,
  ) {}

  async list(orgId: string): Promise<LoadedAssessment[]> {
    const rows = await this.dataSource.getRepository(AssessmentEntity).find({ where: { orgId }, order: { periodFrom: 'DESC', createdAt: 'DESC' }, relations: { catalogVersion: true } });
    return rows.map((row) => ({ row, version: row.catalogVersion as IndicatorCatalogVersionEntity }));
  }

  async get(orgId: string, id: string): Promise<LoadedAssessment> {
    if (!isUuid(id)) throw recordNotFound(ASSESSMENT, id);
    const row = await this.dataSource.getRepository(AssessmentEntity).findOne({ where: { orgId, id }, relations: { catalogVersion: true } });
    if (!row) throw recordNotFound(ASSESSMENT, id);
    return { row, version: row.catalogVersion as IndicatorCatalogVersionEntity };
  }

  async create(organisation: OrganisationEntity, input: CreateAssessmentInput): Promise<LoadedAssessment> {
    const errors: FieldError[] = [];
    const from = input.from?.trim() ?? '';
    const to = input.to?.trim() ?? '';
    if (!from) errors.push({ field: 'from', code: 'required' });
    if (!to) errors.push({ field: 'to', code: 'required' });
    if (from && to) {
      try {
        resolvePeriod({ from, to, timeZone: organisation.timeZone });
      } catch (error) {
        if (!(error instanceof InvalidKpiPeriod)) throw error;
        errors.push({ field: error.field === 'timeZone' ? 'from' : error.field, code: error.reason === 'notAfterFrom' ? 'endNotAfterStart' : 'invalidDate' });
      }
    }
    const seed = input.sampleSeed?.trim() || randomBytes(8).toString('hex');
    if (seed.length > 100) errors.push({ field: 'sampleSeed', code: 'tooLong', params: { max: 100 } });
    if ((input.title?.length ?? 0) > 200) errors.push({ field: 'title', code: 'tooLong', params: { max: 200 } });
    const version =
      input.catalogVersionNo === null || input.catalogVersionNo === undefined
        ? await latestCatalogVersion(this.dataSource.manager, organisation.id)
        : await catalogVersionByNo(this.dataSource.manager, organisation.id, input.catalogVersionNo);
    if (!version) errors.push({ field: 'catalogVersionNo', code: 'notFound' });
    if (errors.length > 0 || !version) throw new ValidationFailed(errors);

    const id = await this.dataSource.transaction(async (tx) => {
      const row = tx.getRepository(AssessmentEntity).create({
        orgId: organisation.id,
        title: input.title?.trim() || null,
        periodFrom: from,
        periodTo: to,
        timeZone: organisation.timeZone,
        catalogVersionId: version.id,
        sampleSeed: seed,
        status: 'DRAFT',
        judgements: {},
        exclusions: [],
        specialDeductions: [],
        specialBonus: null,
        version: 1,
      });
      await this.evaluateInto(tx, row, version.catalog);
      const saved = await tx.getRepository(AssessmentEntity).save(row);
      return saved.id;
    });
    return this.get(organisation.id, id);
  }

  /** Runs the automatic evaluation again (records may have changed); the seed stays, so do the samples. */
  evaluate(orgId: string, input: AssessmentChangeInput): Promise<LoadedAssessment> {
    return this.change(orgId, input, (tx, row, catalog) => this.evaluateInto(tx, row, catalog));
  }

  recordJudgement(orgId: string, input: RecordAssessmentJudgementInput): Promise<LoadedAssessment> {
    return this.change(orgId, input, (_tx, row, catalog) => {
      const errors: FieldError[] = [];
      const key = input.criterionKey?.trim() ?? '';
      const criterion = catalog.indicators.flatMap((indicator) => indicator.criteria).find((entry) => entry.key === key);
      if (!key) errors.push({ field: 'criterionKey', code: 'required' });
      else if (!criterion) errors.push({ field: 'criterionKey', code: 'notFound' });
      else if (!acceptsJudgement(criterion, row.automaticEvaluation?.criteria[key])) errors.push({ field: 'criterionKey', code: 'decidedByEvidence' });
      if (!input.outcome) errors.push({ field: 'outcome', code: 'required' });
      const note = input.note?.trim() || null;
      if (input.outcome && input.outcome !== 'CONFORMING' && !note) errors.push({ field: 'note', code: 'noteRequired' });
      if (note && note.length > MAX_TEXT) errors.push({ field: 'note', code: 'tooLong', params: { max: MAX_TEXT } });
      const links = (input.evidenceLinks ?? []).map((link) => link.trim()).filter((link) => link !== '');
      if (links.length > MAX_LINKS) errors.push({ field: 'evidenceLinks', code: 'outOfRange', params: { min: 0, max: MAX_LINKS } });
      links.forEach((link, index) => {
        if (link.length > MAX_LINK) errors.push({ field: `evidenceLinks[${index}]`, code: 'tooLong', params: { max: MAX_LINK } });
      });
      if (errors.length > 0 || !input.outcome) throw new ValidationFailed(errors);
      row.judgements = { ...row.judgements, [key]: { outcome: input.outcome, note, evidenceLinks: links, recordedAt: new Date().toISOString() } };
    });
  }

  exclude(orgId: string, input: ExcludeAssessmentItemInput): Promise<LoadedAssessment> {
    return this.change(orgId, input, (_tx, row, catalog) => {
      const errors: FieldError[] = [];
      const key = input.key?.trim() ?? '';
      const reason = input.reason?.trim() ?? '';
      if (!key) errors.push({ field: 'key', code: 'required' });
      else if (!isCatalogKey(catalog, key)) errors.push({ field: 'key', code: 'notFound' });
      if (!reason) errors.push({ field: 'reason', code: 'required' });
      else if (reason.length > MAX_TEXT) errors.push({ field: 'reason', code: 'tooLong', params: { max: MAX_TEXT } });
      if (errors.length > 0) throw new ValidationFailed(errors);
      row.exclusions = [...row.exclusions.filter((exclusion) => exclusion.key !== key), { key, reason }];
    });
  }

  removeExclusion(orgId: string, input: RemoveAssessmentExclusionInput): Promise<LoadedAssessment> {
    return this.change(orgId, input, (_tx, row) => {
      const key = input.key?.trim() ?? '';
      if (!row.exclusions.some((exclusion) => exclusion.key === key)) throw new ValidationFailed([{ field: 'key', code: key ? 'notFound' : 'required' }]);
      row.exclusions = row.exclusions.filter((exclusion) => exclusion.key !== key);
    });
  }

  addSpecialDeduction(orgId: string, input: AddSpecialDeductionInput): Promise<LoadedAssessment> {
    return this.change(orgId, input, (_tx, row) => {
      const errors: FieldError[] = [];
      const description = input.description?.trim() ?? '';
      if (!input.kind) errors.push({ field: 'kind', code: 'required' });
      else if (!SPECIAL_DEDUCTION_KINDS.includes(input.kind)) errors.push({ field: 'kind', code: 'invalidChoice', params: { allowed: SPECIAL_DEDUCTION_KINDS.join(', ') } });
      if (!description) errors.push({ field: 'description', code: 'required' });
      else if (description.length > MAX_TEXT) errors.push({ field: 'description', code: 'tooLong', params: { max: MAX_TEXT } });
      if (errors.length > 0 || !input.kind) throw new ValidationFailed(errors);
      row.specialDeductions = [...row.specialDeductions, { kind: input.kind, description, correctiveActionId: input.correctiveActionId?.trim() || null }];
    });
  }

  removeSpecialDeduction(orgId: string, input: RemoveSpecialDeductionInput): Promise<LoadedAssessment> {
    return this.change(orgId, input, (_tx, row) => {
      const index = input.index;
      if (index === null || index === undefined) throw new ValidationFailed([{ field: 'index', code: 'required' }]);
      if (!Number.isInteger(index) || index < 0 || index >= row.specialDeductions.length) {
        throw new ValidationFailed([{ field: 'index', code: 'outOfRange', params: { min: 0, max: Math.max(0, row.specialDeductions.length - 1) } }]);
      }
      row.specialDeductions = row.specialDeductions.filter((_deduction, position) => position !== index);
    });
  }

  setSpecialBonus(orgId: string, input: SetSpecialBonusInput): Promise<LoadedAssessment> {
    return this.change(orgId, input, (_tx, row) => {
      const description = input.description?.trim() || null;
      if (description && description.length > MAX_TEXT) throw new ValidationFailed([{ field: 'description', code: 'tooLong', params: { max: MAX_TEXT } }]);
      row.specialBonus = description ? { description } : null;
    });
  }

  /** Freezes the assessment with every input it used; refused while a criterion is unassessed. */
  signOff(orgId: string, input: SignOffAssessmentInput): Promise<LoadedAssessment> {
    return this.change(orgId, input, (_tx, row, catalog) => {
      const by = input.signedOffBy?.trim() ?? '';
      if (!by) throw new ValidationFailed([{ field: 'signedOffBy', code: 'required' }]);
      if (by.length > 100) throw new ValidationFailed([{ field: 'signedOffBy', code: 'tooLong', params: { max: 100 } }]);
      const score = scoreAssessment(assessmentInputOf(row, catalog));
      if (score.unassessed.length > 0) throw stillUnassessed(score.unassessed);
      row.status = 'SIGNED_OFF';
      row.signedOffScore = score;
      row.signedOffAt = new Date();
      row.signedOffBy = by;
    });
  }

  private async change(
    orgId: string,
    input: AssessmentChangeInput,
    apply: (tx: EntityManager, row: AssessmentEntity, catalog: IndicatorCatalog) => void | Promise<void>,
  ): Promise<LoadedAssessment> {
    await this.dataSource.transaction(async (tx) => {
      const row = await lockVersioned(tx, AssessmentEntity, orgId, input.assessmentId, input.expectedVersion, ASSESSMENT);
      if (row.status === 'SIGNED_OFF') throw signedOff();
      const version = await tx.getRepository(IndicatorCatalogVersionEntity).findOneByOrFail({ id: row.catalogVersionId });
      await apply(tx, row, version.catalog);
      refreshScore(row, version.catalog);
      row.version += 1;
      await tx.getRepository(AssessmentEntity).save(row);
    });
    return this.get(orgId, input.assessmentId);
  }

  private async evaluateInto(tx: EntityManager, row: AssessmentEntity, catalog: IndicatorCatalog): Promise<void> {
    const outcome = await evaluateAutomatically(
      tx,
      { orgId: row.orgId, catalog, period: { from: row.periodFrom, to: row.periodTo, timeZone: row.timeZone }, seed: row.sampleSeed, now: new Date() },
      { kpis: this.kpiSource, documents: this.documentSource },
    );
    row.automaticEvaluation = outcome.evaluation;
    row.documents = outcome.documents;
    refreshScore(row, catalog);
  }
}

function refreshScore(row: AssessmentEntity, catalog: IndicatorCatalog): void {
  const score = scoreAssessment(assessmentInputOf(row, catalog));
  row.score = score.score === null ? null : score.score.toFixed(2);
  row.grade = score.grade?.grade ?? null;
}

function isCatalogKey(catalog: IndicatorCatalog, key: string): boolean {
  return catalog.indicators.some((indicator) => indicator.key === key || indicator.criteria.some((criterion) => criterion.key === key));
}
