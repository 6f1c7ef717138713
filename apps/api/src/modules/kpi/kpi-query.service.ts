import { Injectable } from '@nestjs/common';
import { KpiSqlEngine, type KpiDimensionFilters, type KpiPeriodInput as PeriodDates, type KpiRecordRow, type OrganisationEntity } from '@stardesk/database';
import {
  addLocalDays,
  isKpiKey,
  isValidLocalDate,
  KPI_CATALOG,
  KPI_DIMENSIONS,
  KPI_KEYS,
  KPI_TIME_DIMENSIONS,
  ValidationFailed,
  type DurationStats,
  type FieldError,
  type KpiBreakdown as DomainBreakdown,
  type KpiDimension,
  type KpiKey,
  type KpiSummary,
  type KpiTimeDimension,
  type KpiValues,
} from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { isUuid } from '../../core/ids';
import { keysetPage } from '../../core/pagination/keyset';
import { checkPage, type PageArgs } from '../../core/pagination/page-args';
import type { KpiFiltersInput } from './dto/kpi-filters.input';
import type { KpiBreakdownInput, KpiDashboardInput, KpiPeriodInput, KpiRecordsInput } from './dto/kpi-period.input';
import type { KpiBreakdown, KpiCard, KpiDashboard, KpiRecord, KpiRecordConnection, KpiValue } from './kpi.model';

/** Longest period a query accepts: ten years of months; a daily trend is capped separately. */
export const MAX_PERIOD_DAYS = 3660;
export const MAX_DAILY_TREND_DAYS = 366;

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Checks a period and its filters; every problem at once, named by input field. */
export function checkPeriod(input: KpiPeriodInput, errors: FieldError[], prefix = 'input'): PeriodDates {
  const from = input.from?.trim() ?? '';
  const to = input.to?.trim() ?? '';
  if (!from) errors.push({ field: `${prefix}.from`, code: 'required' });
  else if (!isValidLocalDate(from)) errors.push({ field: `${prefix}.from`, code: 'invalidDate' });
  if (!to) errors.push({ field: `${prefix}.to`, code: 'required' });
  else if (!isValidLocalDate(to)) errors.push({ field: `${prefix}.to`, code: 'invalidDate' });
  else if (isValidLocalDate(from) && to <= from) errors.push({ field: `${prefix}.to`, code: 'notAfterFrom' });
  else if (isValidLocalDate(from) && daysBetween(from, to) > MAX_PERIOD_DAYS) errors.push({ field: `${prefix}.to`, code: 'periodTooLong', params: { max: MAX_PERIOD_DAYS } });
  return { from, to };
}

export function checkFilters(filters: KpiFiltersInput | null | undefined, errors: FieldError[], prefix = 'input.filters'): KpiDimensionFilters {
  const result: KpiDimensionFilters = {};
  if (!filters) return result;
  const ids: [keyof KpiFiltersInput, 'region' | 'outlet' | 'technician'][] = [['regionId', 'region'], ['outletId', 'outlet'], ['technicianId', 'technician']];
  for (const [field, dimension] of ids) {
    const value = filters[field];
    if (value == null) continue;
    if (!isUuid(value)) errors.push({ field: `${prefix}.${field}`, code: 'notFound' });
    else result[dimension] = value.toLowerCase();
  }
  if (filters.productCategory != null) result.productCategory = filters.productCategory;
  if (filters.productModel != null) result.productModel = filters.productModel;
  if (filters.channel != null) result.channel = filters.channel;
  if (filters.priority != null) result.priority = filters.priority;
  return result;
}

function checkDimension<T extends string>(value: string | null | undefined, allowed: readonly T[], field: string, errors: FieldError[]): T | null {
  if (value == null || value === '') {
    errors.push({ field, code: 'required' });
    return null;
  }
  if (!(allowed as readonly string[]).includes(value)) {
    errors.push({ field, code: 'invalidChoice', params: { allowed: allowed.join(', ') } });
    return null;
  }
  return value as T;
}

const DEFINITIONS = new Map(KPI_CATALOG.map((definition) => [definition.key, definition]));

function durationOf(value: KpiValues[KpiKey]): DurationStats | null {
  return typeof value === 'object' && value !== null ? value : null;
}

/** One KPI of a summary in the GraphQL shape: a duration's figure is its mean. */
export function kpiValue(summary: KpiSummary, key: KpiKey): KpiValue {
  const raw = summary.kpis[key];
  const duration = durationOf(raw);
  return { key, value: duration ? duration.mean : (raw as number | null), duration, population: summary.populations[key] };
}

export function kpiValues(summary: KpiSummary): KpiValue[] {
  return KPI_KEYS.map((key) => kpiValue(summary, key));
}

const RECORD_KIND: Record<KpiRecordRow['role'], string> = {
  reported: 'REQUEST',
  resolved: 'REQUEST',
  closed: 'REQUEST',
  rating: 'RATING',
  invitation: 'INVITATION',
  complaintReceived: 'COMPLAINT',
  complaintClosed: 'COMPLAINT',
  staff: 'STAFF',
};

/** Which measure of a source row a KPI shows (see the source columns of kpi-sql-sources). */
const RECORD_VALUE: Partial<Record<KpiKey, (row: KpiRecordRow) => { value: number | null; target: number | null }>> = {
  arrivalOnTimeRate: (row) => ({ value: row.value2, target: null }),
  firstTimeFixRate: (row) => ({ value: row.value2, target: 1 }),
  repeatRepairRate: () => ({ value: null, target: null }),
  nps: (row) => ({ value: row.value2, target: null }),
  csi: (row) => ({ value: row.target === null ? null : row.target * 1000, target: null }),
  csatRate: (row) => ({ value: row.value, target: 4 }),
  avgRating: (row) => ({ value: row.value, target: null }),
  complaintRate: () => ({ value: null, target: null }),
  complaintResolutionRate: () => ({ value: null, target: null }),
  certifiedStaffRate: () => ({ value: null, target: null }),
  surveyResponseRate: () => ({ value: null, target: null }),
};

/**
 * The KPI engine for the API and for other features (the self-assessment reads `totals`). All SQL is
 * in KpiSqlEngine (libs/database, shared with the CLI); this class checks input and shapes output.
 */
@Injectable()
export class KpiQueryService {
  constructor(private readonly dataSource: DataSource) {}

  private engine(): KpiSqlEngine {
    return new KpiSqlEngine(this.dataSource.manager);
  }

  /** Every KPI of kpis.md for `[from, to)` (local dates), the same shape as the domain's computeKpis. */
  totals(orgId: string, period: PeriodDates, filters: KpiDimensionFilters = {}, now = new Date()): Promise<KpiValues> {
    return this.engine().totals(orgId, period, { filters, now });
  }

  /** Like totals, with the size of each KPI's population. */
  summary(orgId: string, period: PeriodDates, filters: KpiDimensionFilters = {}, now = new Date()): Promise<KpiSummary> {
    return this.engine().summary(orgId, period, { filters, now });
  }

  breakdownOf(orgId: string, period: PeriodDates, dimension: KpiDimension, filters: KpiDimensionFilters = {}, now = new Date()): Promise<DomainBreakdown> {
    return this.engine().breakdown(orgId, period, dimension, { filters, now });
  }

  async dashboard(orgId: string, input: KpiDashboardInput, organisation?: Pick<OrganisationEntity, 'id' | 'timeZone'>): Promise<KpiDashboard> {
    const errors: FieldError[] = [];
    const period = checkPeriod(input, errors);
    const filters = checkFilters(input.filters, errors);
    const trendBy = input.trendBy == null ? null : checkDimension(input.trendBy, KPI_TIME_DIMENSIONS, 'input.trendBy', errors);
    if (!errors.length && trendBy === 'day' && daysBetween(period.from, period.to) > MAX_DAILY_TREND_DAYS) {
      errors.push({ field: 'input.trendBy', code: 'periodTooLong', params: { max: MAX_DAILY_TREND_DAYS } });
    }
    if (errors.length) throw new ValidationFailed(errors);
    const length = daysBetween(period.from, period.to);
    const bucket: KpiTimeDimension = trendBy ?? (length <= 62 ? 'day' : length <= MAX_DAILY_TREND_DAYS ? 'week' : 'month');
    const previous = input.compareToPrevious ? { from: addLocalDays(period.from, -length), to: period.from } : null;
    const now = new Date();
    const engine = this.engine();
    // The period and its targets are read once, for the trend and for the cards' targets.
    const prepared = await engine.prepare(orgId, period, now, organisation);
    const [trend, before] = await Promise.all([
      engine.breakdown(orgId, period, bucket, { filters, now, prepared }),
      previous ? engine.summary(orgId, previous, { filters, now }) : Promise.resolve(null),
    ]);
    const targets = prepared.targets;
    const cardTarget: Partial<Record<KpiKey, number>> = {
      responseMinutes: targets.responseMinutes.NORMAL,
      resolutionHours: targets.resolutionHours,
      complaintHours: targets.complaintResolutionHours.NORMAL,
    };
    const cards: KpiCard[] = KPI_KEYS.map((key) => {
      const definition = DEFINITIONS.get(key)!;
      return {
        ...kpiValue(trend.total, key),
        nameZh: definition.nameZh,
        nameEn: definition.nameEn,
        unit: definition.unit,
        direction: definition.direction,
        previous: before ? kpiValue(before, key) : null,
        target: cardTarget[key] ?? null,
      };
    });
    return {
      from: period.from,
      to: period.to,
      previousFrom: previous?.from ?? null,
      previousTo: previous?.to ?? null,
      cards,
      trend: await this.toBreakdown(orgId, trend),
    };
  }

  async breakdown(orgId: string, input: KpiBreakdownInput): Promise<KpiBreakdown> {
    const errors: FieldError[] = [];
    const period = checkPeriod(input, errors);
    const filters = checkFilters(input.filters, errors);
    const dimension = checkDimension(input.dimension, KPI_DIMENSIONS, 'input.dimension', errors);
    if (!errors.length && dimension === 'day' && daysBetween(period.from, period.to) > MAX_DAILY_TREND_DAYS) {
      errors.push({ field: 'input.dimension', code: 'periodTooLong', params: { max: MAX_DAILY_TREND_DAYS } });
    }
    if (errors.length || dimension === null) throw new ValidationFailed(errors);
    return this.toBreakdown(orgId, await this.breakdownOf(orgId, period, dimension, filters));
  }

  /** The records behind a figure, keyset-paged by the instant that puts each in the period. */
  async records(orgId: string, input: KpiRecordsInput, page: PageArgs): Promise<KpiRecordConnection> {
    const errors: FieldError[] = [];
    let period = checkPeriod(input, errors);
    const filters = checkFilters(input.filters, errors);
    const kpi = input.kpi == null || input.kpi === '' ? null : input.kpi;
    if (kpi === null) errors.push({ field: 'input.kpi', code: 'required' });
    else if (!isKpiKey(kpi)) errors.push({ field: 'input.kpi', code: 'invalidChoice', params: { allowed: KPI_KEYS.join(', ') } });
    const dimension = input.dimension == null ? null : checkDimension(input.dimension, KPI_DIMENSIONS, 'input.dimension', errors);
    let pageArgs: ReturnType<typeof checkPage> | null = null;
    try {
      pageArgs = checkPage(page);
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      errors.push(...error.errors);
    }
    if (!errors.length && dimension !== null) {
      const value = input.dimensionValue ?? null;
      if ((KPI_TIME_DIMENSIONS as readonly string[]).includes(dimension)) {
        // A calendar row is a sub-period: its records are the records of that bucket.
        const bucket = (await this.breakdownOf(orgId, period, dimension, filters)).rows.find((row) => row.key === value);
        if (!bucket?.period) errors.push({ field: 'input.dimensionValue', code: 'invalidChoice', params: { allowed: `${dimension} bucket of the period` } });
        else period = { from: bucket.period.from, to: bucket.period.to };
      } else if (['region', 'outlet', 'technician'].includes(dimension) && value !== null && !isUuid(value)) {
        errors.push({ field: 'input.dimensionValue', code: 'notFound' });
      } else {
        filters[dimension as keyof KpiDimensionFilters] = value === null ? null : ['region', 'outlet', 'technician'].includes(dimension) ? value.toLowerCase() : value;
      }
    }
    if (errors.length || kpi === null || pageArgs === null) throw new ValidationFailed(errors);
    const key = kpi as KpiKey;
    const query = await this.engine().recordsQuery(orgId, period, key, { filters, onlyFailing: input.onlyFailing ?? false });
    return keysetPage<KpiRecordRow & { counts: boolean | null; failing: boolean }, KpiRecord>(
      this.dataSource.manager,
      { ...query, keyType: 'timestamptz', direction: 'ASC' },
      pageArgs,
      (row) => {
        const measure = RECORD_VALUE[key]?.(row) ?? { value: row.value, target: row.target };
        return { kind: RECORD_KIND[row.role], id: row.id, code: row.code, at: new Date(row.at), ...measure, counts: row.counts, failing: row.failing };
      },
    );
  }

  private async toBreakdown(orgId: string, breakdown: DomainBreakdown): Promise<KpiBreakdown> {
    const labels = await this.labels(orgId, breakdown.dimension, breakdown.rows.map((row) => row.key).filter((key): key is string => key !== null));
    return {
      dimension: breakdown.dimension,
      total: kpiValues(breakdown.total),
      rows: breakdown.rows.map((row) => ({
        key: row.key,
        label: row.key === null ? null : (labels.get(row.key) ?? row.key),
        from: row.period?.from ?? null,
        to: row.period?.to ?? null,
        values: kpiValues(row),
      })),
    };
  }

  /** Names of the ids a breakdown is keyed by (outlets, regions, technicians); other keys read as they are. */
  private async labels(orgId: string, dimension: KpiDimension, keys: string[]): Promise<Map<string, string>> {
    const table = dimension === 'outlet' ? 'outlets' : dimension === 'region' ? 'regions' : dimension === 'technician' ? 'staff' : null;
    if (table === null || keys.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM ${table} WHERE org_id = $1 AND id = ANY($2::uuid[])`, [orgId, keys]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
