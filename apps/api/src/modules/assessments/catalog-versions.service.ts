import { Injectable } from '@nestjs/common';
import { IndicatorCatalogVersionEntity, catalogVersionByNo, ensureDefaultCatalogVersion, latestCatalogVersion } from '@stardesk/database';
import {
  GBT27922_CATEGORIES,
  IndicatorCatalogRefused,
  ValidationFailed,
  standardIndicator,
  validateIndicatorCatalog,
  type CatalogValidationError,
  type CriterionDefinition,
  type EvidenceMethod,
  type IndicatorCatalog,
  type IndicatorCategoryKey,
} from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { AppError, recordNotFound, staleVersion } from '../../core/errors/app-errors';
import type { CatalogCriterionInput, CreateCatalogVersionInput } from './dto/create-catalog-version.input';

const CATALOG_LABEL = { 'zh-CN': '指标目录版本', en: 'Indicator catalogue version' };
const MAX_LABEL = 100;

@Injectable()
export class CatalogVersionsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(orgId: string): Promise<IndicatorCatalogVersionEntity[]> {
    await ensureDefaultCatalogVersion(this.dataSource.manager, orgId);
    return this.dataSource.getRepository(IndicatorCatalogVersionEntity).find({ where: { orgId }, order: { versionNo: 'ASC' } });
  }

  /** One version by number, or the newest. */
  async get(orgId: string, versionNo: number | null | undefined): Promise<IndicatorCatalogVersionEntity> {
    if (versionNo === null || versionNo === undefined) return latestCatalogVersion(this.dataSource.manager, orgId);
    const version = await catalogVersionByNo(this.dataSource.manager, orgId, versionNo);
    if (!version) throw recordNotFound(CATALOG_LABEL, String(versionNo));
    return version;
  }

  /**
   * Makes the next version from the admin's whole catalogue, validated by validateIndicatorCatalog
   * (every problem at its field, nothing written). Versions are never changed: the unique
   * (org, version) index lets one of two racing admins through, the other gets a conflict.
   */
  async create(orgId: string, input: CreateCatalogVersionInput): Promise<IndicatorCatalogVersionEntity> {
    if (input.expectedLatestVersionNo === null || input.expectedLatestVersionNo === undefined) {
      throw new ValidationFailed([{ field: 'expectedLatestVersionNo', code: 'required' }]);
    }
    const catalog = catalogOf(input);
    const errors: CatalogValidationError[] = validateIndicatorCatalog(catalog).map((error) => (error.field === 'version' ? { ...error, field: 'label' } : error));
    if ((input.label ?? '').length > MAX_LABEL) errors.push({ field: 'label', code: 'tooLong', params: { max: MAX_LABEL } });
    if (errors.length > 0) throw new IndicatorCatalogRefused(errors);

    return this.dataSource.transaction(async (tx) => {
      const latest = await latestCatalogVersion(tx, orgId);
      if (latest.versionNo !== input.expectedLatestVersionNo) throw staleVersion(input.expectedLatestVersionNo as number, latest.versionNo);
      const inserted = await tx.query<{ id: string }[]>(
        `INSERT INTO indicator_catalog_versions (org_id, version_no, catalog, note) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (org_id, version_no) DO NOTHING RETURNING id`,
        [orgId, latest.versionNo + 1, JSON.stringify(catalog), input.note?.trim() || null],
      );
      const id = inserted[0]?.id;
      if (!id) throw catalogChangedMeanwhile();
      return tx.getRepository(IndicatorCatalogVersionEntity).findOneByOrFail({ id });
    });
  }
}

const catalogChangedMeanwhile = (): AppError =>
  new AppError('CONFLICT', { 'zh-CN': '指标目录刚被他人修改，请刷新后重试', en: 'Someone else just changed the catalogue; reload and try again' });

/** The admin's input as a catalogue; names and categories of indicators are the standard's. */
function catalogOf(input: CreateCatalogVersionInput): IndicatorCatalog {
  return {
    version: input.label?.trim() ?? '',
    standard: 'GB/T 27922-2011',
    categories: GBT27922_CATEGORIES,
    indicators: (input.indicators ?? []).map((indicator) => {
      const key = indicator.key?.trim() ?? '';
      const standard = standardIndicator(key);
      return {
        key,
        category: standard?.category ?? ('' as IndicatorCategoryKey),
        nameZh: standard?.nameZh ?? key,
        nameEn: standard?.nameEn ?? key,
        points: indicator.points ?? Number.NaN,
        criteria: (indicator.criteria ?? []).map(criterionOf),
      };
    }),
  };
}

function criterionOf(input: CatalogCriterionInput): CriterionDefinition {
  return {
    key: input.key?.trim() ?? '',
    nameZh: input.nameZh?.trim() ?? '',
    nameEn: input.nameEn?.trim() ?? '',
    points: input.points ?? Number.NaN,
    evidence: evidenceOf(input),
  };
}

/** Missing parts stay missing (undefined, NaN) so that the validator names them field by field. */
function evidenceOf(input: CatalogCriterionInput): EvidenceMethod {
  switch (input.method) {
    case 'DOCUMENT':
      return { method: 'DOCUMENT', documentType: input.documentType as never };
    case 'KPI':
      return {
        method: 'KPI',
        kpi: (input.kpi ?? '') as never,
        ...(input.statistic ? { statistic: input.statistic } : {}),
        comparator: input.comparator as never,
        threshold: input.threshold ?? Number.NaN,
      };
    case 'SAMPLE':
      return {
        method: 'SAMPLE',
        recordType: input.recordType as never,
        sampleSize: input.sampleSize ?? Number.NaN,
        checks: (input.checks ?? []).map((check) => ({ nameZh: check.nameZh?.trim() ?? '', nameEn: check.nameEn?.trim() ?? '' })),
      };
    case 'MANUAL':
      return { method: 'MANUAL' };
    case null:
    case undefined:
      return { method: undefined as never };
  }
}
