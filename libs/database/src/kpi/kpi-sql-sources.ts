import type { KpiRecordDimension, KpiTargets, KpiTimeDimension, PeriodWindow } from '@stardesk/domain';
import { hoursBetween, minutesBetween, plusHours, RESPONSE_DEADLINE, RESPONSE_TARGET_MINUTES, type SqlParams, target } from './kpi-sql-expressions';

/**
 * The record sets the KPIs of kpis.md count, as SQL: one SELECT per population ("reported in
 * period", "resolved in period", ...), each an indexed range scan on its own instant. The same
 * sources feed the aggregates (dashboard, breakdowns, totals) and the drill-down (the records behind
 * a figure), so a figure and its records cannot disagree.
 */

/** Which row of a breakdown a record falls in: nothing (totals), a calendar bucket, or a record dimension. */
export type KpiGrouping = { kind: 'total' } | { kind: 'time'; dimension: KpiTimeDimension } | { kind: 'record'; dimension: KpiRecordDimension };

/** Equality filters on record dimensions; `null` keeps the records without a value. */
export type KpiDimensionFilters = Partial<Record<KpiRecordDimension, string | null>>;

export interface SourceContext {
  orgId: string;
  window: PeriodWindow;
  targets: KpiTargets;
  now: Date;
  filters: KpiDimensionFilters;
  grouping: KpiGrouping;
  /** The calendar buckets of a time breakdown (calendarBuckets of the domain); staff are counted at each one's end. */
  buckets?: readonly { key: string; from: string; to: string }[];
}

type DimensionSql = Record<KpiRecordDimension, string>;

/** A request's dimensions (facts `f`, its outlet `o`, its product `p`). */
export const REQUEST_DIMENSIONS: DimensionSql = {
  region: 'o.region_id::text',
  outlet: 'f.outlet_id::text',
  productCategory: 'p.category::text',
  productModel: 'p.model::text',
  technician: 'f.first_technician_id::text',
  channel: 'f.channel::text',
  priority: 'f.priority::text',
};

/** A complaint's own outlet and region (who handles it); everything else from its request. */
const COMPLAINT_DIMENSIONS: DimensionSql = { ...REQUEST_DIMENSIONS, region: 'co.region_id::text', outlet: 'c.outlet_id::text' };

/** Staff in their home outlet (the first of their outlets) and region, technicians in their own row. */
const STAFF_DIMENSIONS: DimensionSql = {
  region: 'ho.region_id::text',
  outlet: 'h.outlet_id::text',
  technician: `CASE WHEN s.role = 'TECHNICIAN' THEN s.id::text END`,
  productCategory: 'NULL::text',
  productModel: 'NULL::text',
  channel: 'NULL::text',
  priority: 'NULL::text',
};

const REQUEST_FROM = `kpi_request_facts f JOIN outlets o ON o.id = f.outlet_id JOIN products p ON p.id = f.product_id
  LEFT JOIN kpi_targets ot ON ot.outlet_id = f.outlet_id CROSS JOIN kpi_default_targets dt`;

/** Columns every source yields, in this order, so that sources can be UNIONed. */
export const SOURCE_COLUMNS = {
  role: 'text',
  k: 'text',
  id: 'uuid',
  at: 'timestamptz',
  /** The record's measure (a duration, a score), in the KPI's unit. */
  value: 'float8',
  /** A second measure: a response's milliseconds for an exact mean, a would-recommend answer... */
  value2: 'float8',
  /** The target the record is held to, in the unit of `value`. */
  target: 'float8',
  /** In the population of the rate (for sources that feed several KPIs). */
  pop: 'boolean',
  /** In the numerator. */
  ok: 'boolean',
  /** A third flag: first-time fix → repeat, rating → is promoter... */
  ok2: 'boolean',
  ok3: 'boolean',
} as const;
type SourceColumn = keyof typeof SOURCE_COLUMNS;

export const SOURCE_ROLES = ['reported', 'resolved', 'closed', 'rating', 'invitation', 'complaintReceived', 'complaintClosed', 'staff'] as const;
export type SourceRole = (typeof SOURCE_ROLES)[number];

interface Source {
  from: string;
  where: string[];
  columns: Partial<Record<Exclude<SourceColumn, 'role' | 'k'>, string>>;
  dimensions: DimensionSql;
  /** The instant that puts the record in the period (its calendar bucket). */
  instant: string;
  /** `SELECT`-level code of the record for the drill-down. */
  code: string;
  /** Dimensions held as a uuid column, compared as such (so that an index leading with the column serves the filter). */
  uuidColumns?: Partial<Record<KpiRecordDimension, string>>;
}

function bucketKey(params: SqlParams, instant: string, dimension: KpiTimeDimension, timeZone: string): string {
  const local = `(${instant} AT TIME ZONE ${params.add(timeZone)}::text)::date`;
  switch (dimension) {
    case 'day':
      return `to_char(${local}, 'YYYY-MM-DD')`;
    case 'week':
      return `to_char(${local}, 'IYYY-"W"IW')`;
    case 'month':
      return `to_char(${local}, 'YYYY-MM')`;
  }
}

function withinWindow(params: SqlParams, instant: string, window: PeriodWindow): string {
  return `${instant} >= ${params.add(window.start.toISOString())}::timestamptz AND ${instant} < ${params.add(window.end.toISOString())}::timestamptz`;
}

function requestSource(params: SqlParams, context: SourceContext, instant: string, columns: Source['columns']): Source {
  return {
    from: REQUEST_FROM,
    where: [`f.org_id = ${params.add(context.orgId)}::uuid`, 'NOT f.cancelled', withinWindow(params, instant, context.window)],
    columns: { id: 'f.request_id', at: instant, ...columns },
    dimensions: REQUEST_DIMENSIONS,
    instant,
    code: '(SELECT sr.code FROM service_requests sr WHERE sr.id = f.request_id)',
  };
}

/** Ratings: the latest per request over all time (ties to the greater id), of live requests. */
function ratingSource(params: SqlParams, context: SourceContext): Source {
  const csi = `(SELECT sum((tf->>'weight')::float8 * (((fs->>'score')::float8 - 1) / 4))
      FROM jsonb_array_elements(s.factor_scores) fs JOIN jsonb_array_elements(st.factors) tf ON tf->>'key' = fs->>'key')`;
  return {
    from: `survey_responses s JOIN kpi_request_facts f ON f.request_id = s.request_id AND NOT f.cancelled
      JOIN outlets o ON o.id = f.outlet_id JOIN products p ON p.id = f.product_id
      LEFT JOIN survey_templates st ON st.id = s.template_id`,
    where: [
      `s.org_id = ${params.add(context.orgId)}::uuid`,
      withinWindow(params, 's.submitted_at', context.window),
      `NOT EXISTS (SELECT 1 FROM survey_responses l WHERE l.org_id = s.org_id AND l.request_id = s.request_id
         AND (l.submitted_at > s.submitted_at OR (l.submitted_at = s.submitted_at AND l.id > s.id)))`,
    ],
    columns: {
      id: 's.id',
      at: 's.submitted_at',
      value: 's.overall::float8',
      value2: 's.recommend::float8',
      ok: 's.overall >= 4',
      // The satisfaction index of a multi-factor response, 0–1; null without factors.
      target: `CASE WHEN jsonb_array_length(s.factor_scores) > 0 THEN COALESCE(${csi}, 0) END`,
    },
    dimensions: REQUEST_DIMENSIONS,
    instant: 's.submitted_at',
    code: '(SELECT sr.code FROM service_requests sr WHERE sr.id = s.request_id)',
  };
}

function invitationSource(params: SqlParams, context: SourceContext): Source {
  return {
    from: `survey_invitations i JOIN kpi_request_facts f ON f.request_id = i.request_id AND NOT f.cancelled
      JOIN outlets o ON o.id = f.outlet_id JOIN products p ON p.id = f.product_id`,
    where: [`i.org_id = ${params.add(context.orgId)}::uuid`, withinWindow(params, 'i.sent_at', context.window)],
    columns: { id: 'i.id', at: 'i.sent_at', ok: 'i.answered_at IS NOT NULL AND i.answered_at <= i.expires_at' },
    dimensions: REQUEST_DIMENSIONS,
    instant: 'i.sent_at',
    code: '(SELECT sr.code FROM service_requests sr WHERE sr.id = i.request_id)',
  };
}

const COMPLAINT_FROM = `complaints c LEFT JOIN outlets co ON co.id = c.outlet_id
  LEFT JOIN kpi_request_facts f ON f.request_id = c.request_id LEFT JOIN outlets o ON o.id = f.outlet_id
  LEFT JOIN products p ON p.id = f.product_id
  LEFT JOIN kpi_targets ot ON ot.outlet_id = c.outlet_id CROSS JOIN kpi_default_targets dt`;

function complaintSource(params: SqlParams, context: SourceContext, instant: string, columns: Source['columns']): Source {
  return {
    from: COMPLAINT_FROM,
    where: [`c.org_id = ${params.add(context.orgId)}::uuid`, withinWindow(params, instant, context.window)],
    columns: { id: 'c.id', at: instant, ...columns },
    dimensions: COMPLAINT_DIMENSIONS,
    instant,
    code: 'c.code',
    uuidColumns: { outlet: 'c.outlet_id' },
  };
}

const COMPLAINT_RESOLUTION_TARGET = `CASE c.severity WHEN 'MAJOR' THEN ${target('c_major_h')} ELSE ${target('c_normal_h')} END`;

/**
 * Staff at the period's end. The staff register keeps no employment dates, so an active staff member
 * counts at every period end and an inactive one at none. Calendar buckets each take their own end.
 */
function staffSource(params: SqlParams, context: SourceContext, buckets: readonly { key: string; from: string; to: string }[]): Source {
  const lastDay = '(b.to_day - 1)';
  const certified = `EXISTS (SELECT 1 FROM qualifications q WHERE q.org_id = s.org_id AND q.staff_id = s.id
      AND q.valid_from <= ${lastDay} AND (q.valid_until IS NULL OR q.valid_until >= ${lastDay}))`;
  const hours = `(SELECT COALESCE(sum(t.hours), 0)::float8 FROM training_attendances a JOIN trainings t ON t.id = a.training_id
      WHERE a.org_id = s.org_id AND a.staff_id = s.id AND t.date >= b.from_day AND t.date < b.to_day)`;
  return {
    from: `staff s LEFT JOIN LATERAL (SELECT so.outlet_id FROM staff_outlets so WHERE so.staff_id = s.id ORDER BY so.outlet_id LIMIT 1) h ON true
      LEFT JOIN outlets ho ON ho.id = h.outlet_id
      CROSS JOIN unnest(${params.add(buckets.map((b) => b.key))}::text[], ${params.add(buckets.map((b) => b.from))}::date[],
        ${params.add(buckets.map((b) => b.to))}::date[]) AS b(bucket, from_day, to_day)`,
    where: [`s.org_id = ${params.add(context.orgId)}::uuid`, 's.active', ...staffOfOutlet(params, context)],
    columns: {
      id: 's.id',
      at: `${params.add(context.window.end.toISOString())}::timestamptz`,
      value: hours,
      pop: `s.role = 'TECHNICIAN'`,
      ok: `s.role = 'TECHNICIAN' AND ${certified}`,
    },
    dimensions: STAFF_DIMENSIONS,
    instant: 'b.bucket',
    code: 's.name',
  };
}

/**
 * With an outlet filter, only staff who work for that outlet can have it as their home outlet: read them through
 * the outlet's staff_outlets rows, not by finding the home outlet of every staff member of the organisation.
 */
function staffOfOutlet(params: SqlParams, context: SourceContext): string[] {
  const outlet = context.filters.outlet;
  if (outlet === undefined || outlet === null || !UUID.test(outlet)) return [];
  return [`s.id IN (SELECT so.staff_id FROM staff_outlets so WHERE so.org_id = s.org_id AND so.outlet_id = ${params.add(outlet)}::uuid)`];
}

/** The row key of a request fact under the context's grouping, and the context's filters, as SQL on `f`, `o`, `p`. */
export function requestKeyAndFilters(params: SqlParams, context: SourceContext, instant: string): { key: string; filters: string[] } {
  const key =
    context.grouping.kind === 'total'
      ? 'NULL::text'
      : context.grouping.kind === 'record'
        ? REQUEST_DIMENSIONS[context.grouping.dimension]
        : bucketKey(params, instant, context.grouping.dimension, context.window.timeZone);
  return { key, filters: requestFilters(params, context) };
}

/** The context's filters on request facts `f` (outlets `o`, products `p`). */
export function requestFilters(params: SqlParams, context: SourceContext): string[] {
  const filters: string[] = [];
  for (const [dimension, value] of Object.entries(context.filters) as [KpiRecordDimension, string | null | undefined][]) {
    if (value === undefined) continue;
    const column = UUID_FILTER_COLUMNS[dimension];
    if (value !== null && column && UUID.test(value)) filters.push(`${column} = ${params.add(value)}::uuid`);
    else filters.push(value === null ? `${REQUEST_DIMENSIONS[dimension]} IS NULL` : `${REQUEST_DIMENSIONS[dimension]} = ${params.add(value)}::text`);
  }
  return filters;
}

/**
 * Filters compared on the uuid column itself rather than its text, so that an index leading with it (the
 * outlet indexes of the percentile scans) can be used: `f.outlet_id::text = $1` scanned the organisation's facts.
 */
const UUID_FILTER_COLUMNS: Partial<Record<KpiRecordDimension, string>> = { outlet: 'f.outlet_id', technician: 'f.first_technician_id' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Joins outlets / products only when the key or a filter reads them, so that a plain scan can stay index-only. */
export function leanRequestFrom(sql: string): string {
  return `kpi_request_facts f${/\bo\./.test(sql) ? ' JOIN outlets o ON o.id = f.outlet_id' : ''}${/\bp\./.test(sql) ? ' JOIN products p ON p.id = f.product_id' : ''}`;
}

/**
 * The exact percentiles (p50, p90) of responseMinutes (`reported`) or resolutionHours (`resolved`),
 * straight from the facts (sums cannot hold them): one sort per row key for both percentiles, only
 * the columns they need (which the (org, instant, cancelled, other instant) indexes carry).
 */
export function requestPercentilesSelect(params: SqlParams, context: SourceContext, role: 'reported' | 'resolved'): string {
  const [instant, value, extra] =
    role === 'reported'
      ? ['f.reported_at', minutesBetween('f.acknowledged_at', 'f.reported_at'), 'f.acknowledged_at IS NOT NULL']
      : ['f.resolved_at', hoursBetween('f.resolved_at', 'f.reported_at'), 'f.resolved_at IS NOT NULL'];
  const { key, filters } = requestKeyAndFilters(params, context, instant);
  const where = [`f.org_id = ${params.add(context.orgId)}::uuid`, 'NOT f.cancelled', withinWindow(params, instant, context.window), extra, ...filters];
  return `SELECT ${key} AS k, percentile_disc(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ${value}) AS p
    FROM ${leanRequestFrom([key, ...filters].join(' '))} WHERE ${where.join(' AND ')}${context.grouping.kind === 'total' ? '' : ' GROUP BY 1'}`;
}

/**
 * Requests not yet acknowledged that are already past their response deadline at the evaluation time:
 * the part of responseOnTimeRate's population that no rollup can hold (read through a partial index).
 * Needs the targets CTE.
 */
export function lateUnacknowledgedSelect(params: SqlParams, context: SourceContext, { withTotal = false } = {}): string {
  const { key, filters } = requestKeyAndFilters(params, context, 'f.reported_at');
  const where = [
    `f.org_id = ${params.add(context.orgId)}::uuid`,
    'f.acknowledged_at IS NULL AND NOT f.cancelled',
    withinWindow(params, 'f.reported_at', context.window),
    `${params.add(context.now.toISOString())}::timestamptz > ${RESPONSE_DEADLINE}`,
    ...filters,
  ];
  return `SELECT ${key} AS k, count(*) AS late_unacknowledged FROM ${REQUEST_FROM} WHERE ${where.join(' AND ')} GROUP BY ${withTotal ? 'GROUPING SETS ((), (1))' : '1'}`;
}

export function sourceSelect(params: SqlParams, context: SourceContext, role: SourceRole, options: { withCode?: boolean } = {}): string {
  const source = buildSource(params, context, role);
  const key = (() => {
    switch (context.grouping.kind) {
      case 'total':
        return 'NULL::text';
      case 'record':
        return source.dimensions[context.grouping.dimension];
      case 'time':
        return role === 'staff' ? 'b.bucket' : bucketKey(params, source.instant, context.grouping.dimension, context.window.timeZone);
    }
  })();
  const where = [...source.where];
  for (const [dimension, value] of Object.entries(context.filters) as [KpiRecordDimension, string | null | undefined][]) {
    if (value === undefined) continue;
    const column = source.uuidColumns?.[dimension];
    if (value !== null && column && UUID.test(value)) where.push(`${column} = ${params.add(value)}::uuid`);
    else where.push(value === null ? `${source.dimensions[dimension]} IS NULL` : `${source.dimensions[dimension]} = ${params.add(value)}::text`);
  }
  const columns = (Object.keys(SOURCE_COLUMNS) as SourceColumn[]).map((column) => {
    if (column === 'role') return `'${role}'::text AS role`;
    if (column === 'k') return `${key} AS k`;
    const expression = source.columns[column as Exclude<SourceColumn, 'role' | 'k'>];
    return `(${expression ?? 'NULL'})::${SOURCE_COLUMNS[column]} AS ${column}`;
  });
  if (options.withCode) columns.push(`${source.code}::text AS code`);
  return `SELECT ${columns.join(', ')} FROM ${source.from} WHERE ${where.join(' AND ')}`;
}

function buildSource(params: SqlParams, context: SourceContext, role: SourceRole): Source {
  switch (role) {
    case 'reported':
      return requestSource(params, context, 'f.reported_at', {
        value: `CASE WHEN f.acknowledged_at IS NOT NULL THEN ${minutesBetween('f.acknowledged_at', 'f.reported_at')} END`,
        target: RESPONSE_TARGET_MINUTES,
        // Acknowledged, or already past its deadline when evaluated: until then it may still be on time.
        pop: `f.acknowledged_at IS NOT NULL OR ${params.add(context.now.toISOString())}::timestamptz > ${RESPONSE_DEADLINE}`,
        ok: `f.acknowledged_at IS NOT NULL AND f.acknowledged_at <= ${RESPONSE_DEADLINE}`,
        value2: `CASE WHEN f.visit_count > 0 THEN ${hoursBetween('f.first_arrived_at', 'f.reported_at')} END`,
        ok2: `f.visit_count > 0 AND f.first_arrived_at <= ${plusHours('f.reported_at', target('arrival_h'))}`,
      });
    case 'resolved':
      return requestSource(params, context, 'f.resolved_at', {
        value: hoursBetween('f.resolved_at', 'f.reported_at'),
        target: target('resolution_h'),
        value2: 'f.visit_count::float8',
        pop: `f.type = 'REPAIR'`,
        ok: `f.visit_count <= 1 AND (f.visit_count = 0 OR f.first_outcome = 'FIXED') AND f.reopen_count = 0`,
        ok2: `f.next_repair_reported_at IS NOT NULL AND f.next_repair_reported_at <= ${plusHours('f.resolved_at', `${target('repeat_d')} * 24`)}`,
      });
    case 'closed':
      return requestSource(params, context, 'f.closed_at', {
        value: `CASE WHEN f.return_visit_done_at IS NOT NULL THEN ${hoursBetween('f.return_visit_done_at', 'f.closed_at')} / 24 END`,
        target: target('return_d'),
        ok: `f.return_visit_done_at IS NOT NULL AND f.return_visit_done_at <= ${plusHours('f.closed_at', `${target('return_d')} * 24`)}`,
      });
    case 'rating':
      return ratingSource(params, context);
    case 'invitation':
      return invitationSource(params, context);
    case 'complaintReceived':
      return complaintSource(params, context, 'c.received_at', {});
    case 'complaintClosed':
      return complaintSource(params, context, 'c.closed_at', {
        value: hoursBetween('c.closed_at', 'c.received_at'),
        target: COMPLAINT_RESOLUTION_TARGET,
        ok: `c.acknowledged_at IS NOT NULL AND c.acknowledged_at <= ${plusHours('c.received_at', target('c_ack_h'))}
          AND c.closed_at <= ${plusHours('c.received_at', COMPLAINT_RESOLUTION_TARGET)}`,
        ok2: 'c.customer_accepted IS TRUE',
      });
    case 'staff':
      return staffSource(params, context, context.grouping.kind === 'time' && context.buckets ? context.buckets : [wholePeriod(context.window)]);
  }
}

function wholePeriod(window: PeriodWindow): { key: string; from: string; to: string } {
  return { key: '', from: window.from, to: window.to };
}
