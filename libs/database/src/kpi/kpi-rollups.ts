import type { KpiTargets } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganisationEntity } from '../entities';
import { refreshRequestFactsFunction } from './kpi-fact-triggers';
import { applyHistogramContributions } from './kpi-histograms';
import { loadKpiTargets } from './kpi-targets.loader';
import { hoursBetween, ms, plusHours, RESPONSE_DEADLINE, target, TARGET_RECORD, targetRows } from './kpi-sql-expressions';

/**
 * Daily rollups of the request KPIs (kpi_daily_rollups, see KpiDailyRollupEntity): what lets a
 * dashboard read days × groups rows instead of a year of facts.
 *
 * Upkeep: statement-level triggers on kpi_request_facts add the contribution of every new fact row and
 * subtract that of every old one (transition tables), so each write costs O(rows changed) in its own
 * transaction, whoever writes (API, import, seed, cascades). A rebuild (kpi_rebuild_rollups, called by
 * rebuildKpiFacts) recomputes an organisation from its facts and records the zone and targets used.
 *
 * The same triggers and rebuild keep the per-day duration histograms (kpi-histograms.ts), from which the
 * exact percentiles of totals and trends are found with one bucket of facts (kpi-exact-percentiles.ts).
 * What stays on the facts: the values inside that bucket, the percentiles of record breakdowns (one
 * scan for every group), and the unacknowledged requests of responseOnTimeRate, whose membership
 * depends on the evaluation time (a partial index holds just them).
 */

/** Microseconds between two instants as bigint: exact (timestamps have microsecond resolution), and cheap to sum. */
const us = (to: string, from: string): string => `(${ms(to, from)} * 1000)::bigint`;

/** Per fact `f` (targets `ot`/`dt`, policy `p`): the contributions of its three roles, each on its own local day. */
function contributionRows(source: string): string {
  const local = (instant: string) => `(${instant} AT TIME ZONE dt.time_zone)::date`;
  const dims = `f.org_id, f.outlet_id, f.product_id, f.first_technician_id, f.channel, f.priority`;
  const zeros = (columns: string[]) => columns.map((column) => `0 AS ${column}`).join(', ');
  const reportedColumns = ['rep_n', 'ack_n', 'ack_us', 'resp_ok', 'arr_pop', 'arr_ok'];
  const resolvedColumns = ['res_n', 'res_us', 'repair_n', 'ftf_ok', 'repeat_ok'];
  const closedColumns = ['closed_n', 'rv_ok'];
  const ratingColumns = ['rating_n', 'csat_ok', 'rating_sum', 'nps_n', 'promoters', 'detractors', 'csi_n', 'csi_sum'];
  // The policy's targets as rows, parsed once per statement: `dt` the organisation's (and its zone), `ot` an outlet's.
  const from = `${source} f JOIN kpi_policy_targets dt ON dt.org_id = f.org_id AND dt.outlet_id IS NULL
      LEFT JOIN kpi_policy_targets ot ON ot.org_id = f.org_id AND ot.outlet_id = f.outlet_id`;
  const flag = (condition: string) => `(COALESCE(${condition}, false))::int`;
  return `WITH kpi_policy_targets AS MATERIALIZED (SELECT p.org_id, p.time_zone, x.* FROM kpi_rollup_policies p
      CROSS JOIN LATERAL jsonb_to_recordset(p.targets) AS x(${TARGET_RECORD}) WHERE p.org_id IN (SELECT s.org_id FROM ${source} s))
    SELECT ${dims}, ${local('f.reported_at')} AS day,
        1 AS rep_n, ${flag('f.acknowledged_at IS NOT NULL')} AS ack_n,
        COALESCE(CASE WHEN f.acknowledged_at IS NOT NULL THEN ${us('f.acknowledged_at', 'f.reported_at')} END, 0) AS ack_us,
        ${flag(`f.acknowledged_at IS NOT NULL AND f.acknowledged_at <= ${RESPONSE_DEADLINE}`)} AS resp_ok,
        ${flag(`CASE WHEN f.visit_count > 0 THEN ${hoursBetween('f.first_arrived_at', 'f.reported_at')} END IS NOT NULL`)} AS arr_pop,
        ${flag(`f.visit_count > 0 AND f.first_arrived_at <= ${plusHours('f.reported_at', target('arrival_h'))}`)} AS arr_ok,
        ${zeros([...resolvedColumns, ...closedColumns, ...ratingColumns])}
      FROM ${from} WHERE NOT f.cancelled
    UNION ALL
    SELECT ${dims}, ${local('f.resolved_at')}, ${zeros(reportedColumns)},
        1, ${us('f.resolved_at', 'f.reported_at')}, ${flag(`f.type = 'REPAIR'`)},
        ${flag(`f.type = 'REPAIR' AND f.visit_count <= 1 AND (f.visit_count = 0 OR f.first_outcome = 'FIXED') AND f.reopen_count = 0`)},
        ${flag(`f.type = 'REPAIR' AND f.next_repair_reported_at IS NOT NULL AND f.next_repair_reported_at <= ${plusHours('f.resolved_at', `${target('repeat_d')} * 24`)}`)},
        ${zeros([...closedColumns, ...ratingColumns])}
      FROM ${from} WHERE NOT f.cancelled AND f.resolved_at IS NOT NULL
    UNION ALL
    SELECT ${dims}, ${local('f.closed_at')}, ${zeros([...reportedColumns, ...resolvedColumns])},
        1, ${flag(`f.return_visit_done_at IS NOT NULL AND f.return_visit_done_at <= ${plusHours('f.closed_at', `${target('return_d')} * 24`)}`)},
        ${zeros(ratingColumns)}
      FROM ${from} WHERE NOT f.cancelled AND f.closed_at IS NOT NULL
    UNION ALL
    SELECT ${dims}, ${local('f.rated_at')}, ${zeros([...reportedColumns, ...resolvedColumns, ...closedColumns])},
        1, ${flag('f.rating_overall >= 4')}, f.rating_overall, ${flag('f.rating_recommend IS NOT NULL')}, ${flag('f.rating_recommend >= 9')},
        ${flag('f.rating_recommend <= 6')}, ${flag('f.rating_csi IS NOT NULL')}, COALESCE(f.rating_csi::numeric, 0)
      FROM ${from} WHERE NOT f.cancelled AND f.rating_id IS NOT NULL`;
}

export const KPI_ROLLUP_COLUMNS = ['rep_n', 'ack_n', 'ack_us', 'resp_ok', 'arr_pop', 'arr_ok', 'res_n', 'res_us', 'repair_n', 'ftf_ok', 'repeat_ok', 'closed_n', 'rv_ok',
  'rating_n', 'csat_ok', 'rating_sum', 'nps_n', 'promoters', 'detractors', 'csi_n', 'csi_sum'] as const;

/**
 * Adds `sign` × the contributions of the fact rows of `source` to the rollups (one row per day, dimension and value):
 * one pass with grouping sets, rows in key order (concurrent writers lock them in the same order).
 */
function applyContributions(source: string, sign: '+' | '-', shard: string | null = null): string {
  const sums = KPI_ROLLUP_COLUMNS.map((column) => `${sign === '-' ? '-' : ''}sum(${column})`).join(', ');
  return `INSERT INTO kpi_daily_rollups AS t (org_id, ${shard === null ? '' : 'shard, '}day, dimension, dim_value, ${KPI_ROLLUP_COLUMNS.join(', ')})
  SELECT c.org_id, ${shard === null ? '' : `${shard}, `}c.day,
         CASE WHEN GROUPING(c.outlet_id) = 0 THEN 'OUTLET' WHEN GROUPING(c.product_id) = 0 THEN 'PRODUCT'
              WHEN GROUPING(c.first_technician_id) = 0 THEN 'TECHNICIAN' WHEN GROUPING(c.channel) = 0 THEN 'CHANNEL'
              WHEN GROUPING(c.priority) = 0 THEN 'PRIORITY' ELSE 'ALL' END,
         -- The one grouped column (the others are null in its set); '' for "none" (no technician) and for ALL.
         COALESCE(c.outlet_id::text, c.product_id::text, c.first_technician_id::text, c.channel::text, c.priority::text, ''),
         ${sums}
    FROM (${contributionRows(source)}) c
   GROUP BY c.org_id, c.day, GROUPING SETS ((), (c.outlet_id), (c.product_id), (c.first_technician_id), (c.channel), (c.priority))
   ORDER BY 1, 2, 3, 4${shard === null ? '' : ', 5'}
  ON CONFLICT (org_id, day, dimension, dim_value${shard === null ? '' : ', shard'}) DO UPDATE SET ${KPI_ROLLUP_COLUMNS.map((column) => `${column} = t.${column} + EXCLUDED.${column}`).join(', ')}`;
}

/**
 * The change an update of fact rows makes to the rollups in one pass: the contributions of the new rows
 * (`changed`) minus those of the old ones (`old_changed`), summed per key, and only the keys whose net change
 * is not zero written. Two passes (subtract all, add all) wrote every key of every updated fact twice, also
 * where nothing changed for it (measured: a fact refresh after 5 000 imported visits spent 2 × 2.3 s there).
 */
function applyNetChange(shard: string): string {
  const change = (column: string) => `sum(c.sign * c.${column})`;
  return `INSERT INTO kpi_daily_rollups AS t (org_id, shard, day, dimension, dim_value, ${KPI_ROLLUP_COLUMNS.join(', ')})
  SELECT c.org_id, ${shard}, c.day,
         CASE WHEN GROUPING(c.outlet_id) = 0 THEN 'OUTLET' WHEN GROUPING(c.product_id) = 0 THEN 'PRODUCT'
              WHEN GROUPING(c.first_technician_id) = 0 THEN 'TECHNICIAN' WHEN GROUPING(c.channel) = 0 THEN 'CHANNEL'
              WHEN GROUPING(c.priority) = 0 THEN 'PRIORITY' ELSE 'ALL' END,
         COALESCE(c.outlet_id::text, c.product_id::text, c.first_technician_id::text, c.channel::text, c.priority::text, ''),
         ${KPI_ROLLUP_COLUMNS.map(change).join(', ')}
    FROM (SELECT 1 AS sign, n.* FROM (${contributionRows('changed')}) n
          UNION ALL SELECT -1, o.* FROM (${contributionRows('old_changed')}) o) c
   GROUP BY c.org_id, c.day, GROUPING SETS ((), (c.outlet_id), (c.product_id), (c.first_technician_id), (c.channel), (c.priority))
  HAVING ${KPI_ROLLUP_COLUMNS.map((column) => `${change(column)} <> 0`).join(' OR ')}
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (org_id, day, dimension, dim_value, shard) DO UPDATE SET ${KPI_ROLLUP_COLUMNS.map((column) => `${column} = t.${column} + EXCLUDED.${column}`).join(', ')}`;
}

/** Shards of a rollup row (see KpiDailyRollupEntity.shard): more than the connections that write at once, so that two rarely share one (a key has at most as many shard rows as connections ever wrote it). */
export const KPI_ROLLUP_SHARDS = 64;

/** The shard a writing connection adds to. */
const WRITER_SHARD = `(pg_backend_pid() % ${KPI_ROLLUP_SHARDS})`;

/**
 * The trigger function that applies fact changes to the rollups, and the rebuild. `sharded`: writers add
 * to the shard of their connection and a rebuild writes shard 0 (migration ShardedKpiRollups); without
 * it, the first version (one row per key, which concurrent writers of a day queue on). `histograms`: the
 * per-day duration histograms are kept in the same statements' transaction (migration KpiDurationHistograms).
 * `netChange` (sharded only): an update reaches the rollups as its net change in one pass (migration
 * KpiRollupsNetChange); the histograms still take the old rows out and the new ones in.
 */
export function rollupFunctions(sharded: boolean, { histograms = false, netChange = false }: { histograms?: boolean; netChange?: boolean } = {}): string[] {
  const writer = sharded ? WRITER_SHARD : null;
  const rebuilt = sharded ? '0' : null;
  const apply = (source: string, sign: '+' | '-', shard: string | null): string =>
    [applyContributions(source, sign, shard), ...(histograms ? [applyHistogramContributions(source, sign, shard)] : [])].join(';\n    ');
  const histogramsOnly = (source: string, sign: '+' | '-'): string[] => (histograms ? [applyHistogramContributions(source, sign, writer)] : []);
  const update = (): string =>
    netChange && writer !== null
      ? [applyNetChange(writer), ...histogramsOnly('old_changed', '-'), ...histogramsOnly('changed', '+')].join(';\n    ')
      : `${apply('old_changed', '-', writer)};\n    ${apply('changed', '+', writer)}`;
  return [
  `CREATE OR REPLACE FUNCTION kpi_rollups_after_facts() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM kpi_rollup_policies) THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    ${apply('changed', '+', writer)};
  ELSIF TG_OP = 'DELETE' THEN
    ${apply('old_changed', '-', writer)};
  ELSE
    ${update()};
  END IF;
  RETURN NULL;
END
$fn$`,
  `CREATE OR REPLACE FUNCTION kpi_rebuild_rollups(p_org uuid) RETURNS void LANGUAGE plpgsql SET work_mem = '64MB' AS $fn$
BEGIN
  DELETE FROM kpi_daily_rollups WHERE org_id = p_org;${histograms ? '\n  DELETE FROM kpi_duration_histograms WHERE org_id = p_org;' : ''}
  ${apply('(SELECT * FROM kpi_request_facts WHERE org_id = p_org)', '+', rebuilt)};
END
$fn$`
  ];
}

/** Migration KpiRollupsNetChange: the sharded trigger function, an update applied as its net change in one pass. */
export const KPI_ROLLUPS_NET_CHANGE_UP: readonly string[] = rollupFunctions(true, { netChange: true }).slice(0, 1);

export const KPI_ROLLUPS_NET_CHANGE_DOWN: readonly string[] = rollupFunctions(true).slice(0, 1);

export const KPI_ROLLUP_TRIGGERS_UP: readonly string[] = [
  // The facts now carry each request's latest rating: a new version of the refresh, and ratings refresh their request.
  refreshRequestFactsFunction(true),
  ...['insert', 'update', 'delete'].map((event) => {
    const tables = event === 'insert' ? 'NEW TABLE AS changed' : event === 'update' ? 'OLD TABLE AS old_changed NEW TABLE AS changed' : 'OLD TABLE AS changed';
    return `CREATE TRIGGER trg_kpi_facts_survey_responses_${event} AFTER ${event.toUpperCase()} ON survey_responses REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION kpi_facts_after_request_children()`;
  }),
  `SELECT kpi_refresh_request_facts(array_agg(DISTINCT request_id)) FROM survey_responses GROUP BY org_id`,
  ...rollupFunctions(false),
  `CREATE TRIGGER trg_kpi_rollups_facts_insert AFTER INSERT ON kpi_request_facts REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollups_after_facts()`,
  `CREATE TRIGGER trg_kpi_rollups_facts_update AFTER UPDATE ON kpi_request_facts REFERENCING OLD TABLE AS old_changed NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollups_after_facts()`,
  `CREATE TRIGGER trg_kpi_rollups_facts_delete AFTER DELETE ON kpi_request_facts REFERENCING OLD TABLE AS old_changed FOR EACH STATEMENT EXECUTE FUNCTION kpi_rollups_after_facts()`,
];

export const KPI_ROLLUP_TRIGGERS_DOWN: readonly string[] = [
  ...['insert', 'update', 'delete'].map((event) => `DROP TRIGGER IF EXISTS trg_kpi_facts_survey_responses_${event} ON survey_responses`),
  refreshRequestFactsFunction(false),
  ...['insert', 'update', 'delete'].map((event) => `DROP TRIGGER IF EXISTS trg_kpi_rollups_facts_${event} ON kpi_request_facts`),
  `DROP FUNCTION IF EXISTS kpi_rebuild_rollups(uuid)`,
  `DROP FUNCTION IF EXISTS kpi_rollups_after_facts()`,
];

/** The policy row of targets as stored and compared (jsonb equality). */
export function rollupTargetsJson(targets: KpiTargets): string {
  return JSON.stringify(targetRows(targets));
}

/**
 * Recomputes one organisation's rollups from its facts with its zone and the targets in force now
 * (or those given), and records them: from then on the triggers keep the rollups current.
 */
export async function rebuildKpiRollups(manager: EntityManager, orgId: string, targets?: KpiTargets): Promise<void> {
  const organisation = await manager.getRepository(OrganisationEntity).findOneByOrFail({ id: orgId });
  const used = targets ?? (await loadKpiTargets(manager, orgId, new Date()));
  await manager.query(
    `INSERT INTO kpi_rollup_policies (org_id, time_zone, targets, built_at) VALUES ($1, $2, $3::jsonb, now())
     ON CONFLICT (org_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, targets = EXCLUDED.targets, built_at = EXCLUDED.built_at`,
    [orgId, organisation.timeZone, rollupTargetsJson(used)],
  );
  await manager.query(`SELECT kpi_rebuild_rollups($1)`, [orgId]);
}

/**
 * Recomputes every fact of one organisation from the raw rows (what the triggers maintain statement by
 * statement): for repairs after a manual fix of data, and for tests that hold the upkeep to a rebuild.
 */
export async function rebuildKpiFacts(database: EntityManager | DataSource, orgId: string): Promise<void> {
  const manager = database instanceof DataSource ? database.manager : database;
  // Without a policy the rollup triggers skip the organisation: the rebuild below recomputes it once.
  await manager.query(`DELETE FROM kpi_rollup_policies WHERE org_id = $1`, [orgId]);
  await manager.query(`SELECT kpi_refresh_request_facts(array_agg(id)) FROM service_requests WHERE org_id = $1`, [orgId]);
  await rebuildKpiRollups(manager, orgId);
}
