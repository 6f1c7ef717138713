import {
  DEFAULT_INDICATOR_CATALOG,
  KPI_CATALOG,
  type DurationStats,
  type IndicatorCatalog,
  type KpiBreakdownRow,
  type KpiKey,
  type KpiSummary,
} from '@stardesk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { KpiSqlEngine } from '../../kpi/kpi-sql-engine';
import type { EvidenceCover } from './evidence-index.model';
import type { KpiReportEntry, KpiReportModel, KpiReportOutlet, KpiReportTarget } from './kpi-report.model';
import { previousPeriodOf } from './report-period.util';

/** KPIs whose monthly populations are snapshots at each month's end, so they do not add up. */
const SNAPSHOT_KPIS: ReadonlySet<KpiKey> = new Set(['certifiedStaffRate', 'trainingHoursPerStaff']);

/**
 * The figures of kpi-report.pdf, computed by the KPI engine the dashboard reads (KpiSqlEngine:
 * rollups where they answer, facts otherwise): the period's totals, the same KPIs month by month
 * and by outlet, and the previous period of the same length. They are evaluated at
 * cover.generatedAt (a frozen package evaluates at its freezing time, so a re-export gives the
 * same figures). Names and units come from the domain's KPI catalogue; targets from the KPI
 * criteria of the organisation's indicator catalogue (the cover's version, else the newest, else
 * the default).
 */
export async function loadKpiReportModel(dataSource: DataSource, orgId: string, from: string, to: string, cover: EvidenceCover): Promise<KpiReportModel> {
  const manager = dataSource.manager;
  const engine = new KpiSqlEngine(manager);
  const period = { from, to };
  const previousPeriod = previousPeriodOf(from, to);
  const generatedAt = new Date(cover.generatedAt);
  const prepared = await engine.prepare(orgId, period, Number.isNaN(generatedAt.getTime()) ? new Date() : generatedAt);
  const now = Number.isNaN(generatedAt.getTime()) ? prepared.window.end : generatedAt;
  const [months, previous, outlets, catalog, outletNames] = await Promise.all([
    engine.breakdown(orgId, period, 'month', { now }),
    engine.summary(orgId, previousPeriod, { now }),
    engine.breakdown(orgId, period, 'outlet', { now }),
    catalogOf(manager, orgId, cover.catalogVersion),
    outletNamesOf(manager, orgId),
  ]);
  const targets = kpiTargetsOf(catalog);
  return {
    cover,
    timeZone: prepared.window.timeZone,
    period,
    previousPeriod,
    evaluatedAt: now.toISOString(),
    deadlines: withoutOutletOverrides(prepared.targets),
    kpis: KPI_CATALOG.map((definition) => {
      const target = targets.get(definition.key) ?? null;
      const statistic = definition.shape === 'duration' ? (target?.statistic ?? 'mean') : null;
      const figure = (summary: KpiSummary): number | null => figureOf(summary, definition.key, statistic);
      const entry: KpiReportEntry = {
        key: definition.key,
        nameZh: definition.nameZh,
        nameEn: definition.nameEn,
        unit: definition.unit,
        direction: definition.direction,
        statistic,
        target: target && { criterionCode: target.criterionCode, comparator: target.comparator, threshold: target.threshold },
        value: figure(months.total),
        count: months.total.populations[definition.key],
        previous: figure(previous),
        previousCount: previous.populations[definition.key],
        durations: statistic === null ? null : durationsOf(months.total.kpis[definition.key] as DurationStats),
        months: months.rows.map((row) => ({
          month: row.key ?? '',
          from: row.period?.from ?? from,
          to: row.period?.to ?? to,
          value: figure(row),
          count: row.populations[definition.key],
        })),
        additive: !SNAPSHOT_KPIS.has(definition.key),
      };
      return entry;
    }),
    outlets: outlets.rows.map((row) => outletOf(row, outletNames)),
  };
}

/** A KPI's figure in a summary: the value, or the chosen statistic of a duration. */
function figureOf(summary: KpiSummary, key: KpiKey, statistic: 'mean' | 'p50' | 'p90' | null): number | null {
  const value = summary.kpis[key];
  if (statistic !== null) return (value as DurationStats)[statistic];
  return value as number | null;
}

function durationsOf(stats: DurationStats): { mean: number | null; p50: number | null; p90: number | null } {
  return { mean: stats.mean, p50: stats.p50, p90: stats.p90 };
}

function outletOf(row: KpiBreakdownRow, names: Map<string, string>): KpiReportOutlet {
  const values = {} as Record<KpiKey, number | null>;
  const counts = {} as Record<KpiKey, number>;
  for (const definition of KPI_CATALOG) {
    values[definition.key] = figureOf(row, definition.key, definition.shape === 'duration' ? 'mean' : null);
    counts[definition.key] = row.populations[definition.key];
  }
  return { outletId: row.key, outletName: row.key === null ? '—' : (names.get(row.key) ?? row.key), values, counts };
}

function withoutOutletOverrides<T extends { byOutlet?: unknown }>(targets: T): Omit<T, 'byOutlet'> {
  const { byOutlet: _byOutlet, ...rest } = targets;
  return rest;
}

async function outletNamesOf(manager: EntityManager, orgId: string): Promise<Map<string, string>> {
  const rows: { id: string; name: string; code: string }[] = await manager.query(`SELECT id::text AS id, name, code FROM outlets WHERE org_id = $1`, [orgId]);
  return new Map(rows.map((row) => [row.id, `${row.name}（${row.code}）`]));
}

/** The indicator catalogue the cover names (a version number), else the organisation's newest, else the default. Reads only. */
async function catalogOf(manager: EntityManager, orgId: string, version: string | null): Promise<IndicatorCatalog> {
  const byNumber = version !== null && /^\d+$/.test(version);
  const rows: { catalog: IndicatorCatalog }[] = await manager.query(
    `SELECT catalog FROM indicator_catalog_versions WHERE org_id = $1 ${byNumber ? 'AND version_no = $2' : ''} ORDER BY version_no DESC LIMIT 1`,
    byNumber ? [orgId, Number(version)] : [orgId],
  );
  return rows[0]?.catalog ?? DEFAULT_INDICATOR_CATALOG;
}

/** The first KPI criterion of the catalogue that judges each KPI. */
function kpiTargetsOf(catalog: IndicatorCatalog): Map<KpiKey, KpiReportTarget & { statistic: 'mean' | 'p50' | 'p90' | undefined }> {
  const targets = new Map<KpiKey, KpiReportTarget & { statistic: 'mean' | 'p50' | 'p90' | undefined }>();
  for (const criterion of catalog.indicators.flatMap((indicator) => indicator.criteria)) {
    const evidence = criterion.evidence;
    if (evidence.method !== 'KPI' || targets.has(evidence.kpi)) continue;
    targets.set(evidence.kpi, { criterionCode: criterion.key, comparator: evidence.comparator, threshold: evidence.threshold, statistic: evidence.statistic });
  }
  return targets;
}
