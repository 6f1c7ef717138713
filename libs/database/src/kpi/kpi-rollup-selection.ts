import type { KpiRecordDimension, KpiTimeDimension } from '@stardesk/domain';
import type { KpiRollupDimension } from '../entities/kpi-daily-rollup.entity';
import type { SqlParams } from './kpi-sql-expressions';
import type { SourceContext } from './kpi-sql-sources';

/**
 * Which rows of the day-keyed tables (daily rollups, duration histograms: alias `r`, both keyed by org, day,
 * dimension and dim_value) answer a context, and under which row key: the one place that maps the
 * filters and the grouping of a KPI query onto them.
 */

/** The rollup rows a record dimension is read from, and its value on such a row (`r`, outlet `o`, product `p`). */
const ROLLUP_BASES: Record<KpiRecordDimension, KpiRollupDimension> = {
  region: 'OUTLET',
  outlet: 'OUTLET',
  productCategory: 'PRODUCT',
  productModel: 'PRODUCT',
  technician: 'TECHNICIAN',
  channel: 'CHANNEL',
  priority: 'PRIORITY',
};
const ROLLUP_KEYS: Record<KpiRecordDimension, string> = {
  region: 'o.region_id::text',
  outlet: 'r.dim_value',
  productCategory: 'p.category::text',
  productModel: 'p.model::text',
  technician: `NULLIF(r.dim_value, '')`,
  channel: 'r.dim_value',
  priority: 'r.dim_value',
};
export const DAY_FORMATS: Record<KpiTimeDimension, string> = { day: 'YYYY-MM-DD', week: 'IYYY-"W"IW', month: 'YYYY-MM' };

/** The one rollup dimension that answers the filters and the grouping together, or null (two different ones: the facts). */
export function rollupDimensionOf(context: SourceContext): KpiRollupDimension | null {
  const bases = new Set<KpiRollupDimension>();
  for (const [dimension, value] of Object.entries(context.filters) as [KpiRecordDimension, string | null | undefined][]) {
    if (value !== undefined) bases.add(ROLLUP_BASES[dimension]);
  }
  if (context.grouping.kind === 'record') bases.add(ROLLUP_BASES[context.grouping.dimension]);
  if (bases.size > 1) return null;
  return bases.size === 0 ? 'ALL' : [...bases][0]!;
}

/** The row key, the joins (outlets `o`, products `p`, only when read) and the conditions on `r` of a context. */
export function rollupSelection(
  params: SqlParams,
  context: SourceContext,
  dimension: KpiRollupDimension,
  { days = true }: { days?: boolean } = {},
): { key: string; joins: string; where: string[] } {
  const key = (() => {
    switch (context.grouping.kind) {
      case 'total':
        return 'NULL::text';
      case 'record':
        return ROLLUP_KEYS[context.grouping.dimension];
      case 'time':
        return `to_char(r.day, '${DAY_FORMATS[context.grouping.dimension]}')`;
    }
  })();
  const where = [`r.org_id = ${params.add(context.orgId)}::uuid`, `r.dimension = ${params.add(dimension)}`];
  // The period's days (a caller that reads other spans than days says which rows itself).
  if (days) where.push(`r.day >= ${params.add(context.window.from)}::date`, `r.day < ${params.add(context.window.to)}::date`);
  for (const [filtered, value] of Object.entries(context.filters) as [KpiRecordDimension, string | null | undefined][]) {
    if (value === undefined) continue;
    where.push(value === null ? `${ROLLUP_KEYS[filtered]} IS NULL` : `${ROLLUP_KEYS[filtered]} = ${params.add(value)}::text`);
  }
  const text = [key, ...where].join(' ');
  const joins = `${/\bo\./.test(text) ? ' LEFT JOIN outlets o ON o.id::text = r.dim_value' : ''}${/\bp\./.test(text) ? ' LEFT JOIN products p ON p.id::text = r.dim_value' : ''}`;
  return { key, joins, where };
}
