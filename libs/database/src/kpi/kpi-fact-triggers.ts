/**
 * The triggers that keep `kpi_request_facts` current in the transaction of every write (see
 * KpiRequestFactEntity for why a fact table). They live here, not in the entity, because TypeORM does
 * not generate functions and triggers: the migration KpiRequestFacts appends them to its generated
 * table. The triggers are per statement with transition tables, so that a bulk insert (demo seed,
 * CSV import) refreshes its requests in one set-based statement instead of once per row.
 */

/** The next live REPAIR of the same serial reported after `f`'s resolution, read from the facts themselves. */
export const NEXT_REPAIR = `CASE WHEN f.type = 'REPAIR' AND f.unit_serial IS NOT NULL AND f.resolved_at IS NOT NULL THEN (
    SELECT min(o.reported_at) FROM kpi_request_facts o
     WHERE o.org_id = f.org_id AND o.unit_serial = f.unit_serial AND o.reported_at > f.resolved_at
       AND o.type = 'REPAIR' AND NOT o.cancelled AND o.request_id <> f.request_id) END`;

/**
 * The serial of request `r`'s unit. A join lets the planner hash the whole product_units table for a
 * batch of a few thousand requests (measured: a sequential scan of 292 k units per 5 000 imported
 * requests); the scalar subquery is always one primary-key probe per request (`probed`, from migration
 * KpiFactsOfNewRequests on).
 */
const UNIT_SERIAL = (probed: boolean, request = 'r'): string =>
  probed ? `(SELECT u.serial_no FROM product_units u WHERE u.id = ${request}.unit_id)` : 'u.serial_no';

/** The latest rating of request `r` (latest submission, ties to the greater id) with its satisfaction index. */
const LATEST_RATING_JOIN = `    LEFT JOIN LATERAL (SELECT s.id, s.submitted_at, s.overall, s.recommend,
             CASE WHEN jsonb_array_length(s.factor_scores) > 0 THEN COALESCE((SELECT sum((tf->>'weight')::float8 * (((fs->>'score')::float8 - 1) / 4))
               FROM jsonb_array_elements(s.factor_scores) fs JOIN jsonb_array_elements(st.factors) tf ON tf->>'key' = fs->>'key'), 0) END AS csi
        FROM survey_responses s LEFT JOIN survey_templates st ON st.id = s.template_id
       WHERE s.org_id = r.org_id AND s.request_id = r.id ORDER BY s.submitted_at DESC, s.id DESC LIMIT 1) lr ON true
`;

/**
 * Recomputes the facts of the given requests, then the next repairs of every serial they had or have.
 * `ratings`: also the latest rating (migration KpiDailyRollups on; KpiRequestFacts made the first version).
 * `sharedNextRepairs`: the next repairs through kpi_refresh_next_repairs and the unit's serial probed (migration
 * KpiFactsOfNewRequests on).
 */
export function refreshRequestFactsFunction(ratings: boolean, sharedNextRepairs = false): string {
  return `CREATE OR REPLACE FUNCTION kpi_refresh_request_facts(p_ids uuid[]) RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $fn$
DECLARE
  orgs uuid[];
  serials varchar[];
BEGIN
  IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN RETURN; END IF;
  SELECT array_agg(f.org_id), array_agg(f.unit_serial) INTO orgs, serials
    FROM kpi_request_facts f WHERE f.request_id = ANY(p_ids) AND f.unit_serial IS NOT NULL;
  INSERT INTO kpi_request_facts AS t (request_id, org_id, type, channel, priority, outlet_id, product_id, unit_serial, cancelled,
      reported_at, acknowledged_at, resolved_at, closed_at, reopen_count, visit_count, first_technician_id, first_arrived_at,
      first_outcome, return_visit_done_at, next_repair_reported_at${ratings ? ', rating_id, rated_at, rating_overall, rating_recommend, rating_csi' : ''})
  SELECT r.id, r.org_id, r.type, r.channel, r.priority, r.outlet_id, r.product_id, ${UNIT_SERIAL(sharedNextRepairs)}, r.cancelled_at IS NOT NULL,
         r.reported_at, r.acknowledged_at, r.resolved_at, r.closed_at, r.reopen_count,
         (SELECT count(*)::int FROM visits v WHERE v.org_id = r.org_id AND v.request_id = r.id),
         fv.technician_id, fv.arrived_at, fv.outcome,
         (SELECT min(rv.done_at) FROM return_visits rv
           WHERE rv.org_id = r.org_id AND rv.request_id = r.id AND rv.status = 'DONE' AND rv.done_at >= r.closed_at),
         NULL${ratings ? ', lr.id, lr.submitted_at, lr.overall, lr.recommend, lr.csi' : ''}
    FROM service_requests r
${
  sharedNextRepairs
    ? ''
    : `    LEFT JOIN product_units u ON u.id = r.unit_id
`
}    LEFT JOIN LATERAL (SELECT v.technician_id, v.arrived_at, v.outcome FROM visits v
                        WHERE v.org_id = r.org_id AND v.request_id = r.id
                        ORDER BY v.arrived_at, v.technician_id LIMIT 1) fv ON true
${ratings ? LATEST_RATING_JOIN : ''}   WHERE r.id = ANY(p_ids)
  ON CONFLICT (request_id) DO UPDATE SET type = EXCLUDED.type, channel = EXCLUDED.channel, priority = EXCLUDED.priority,
      outlet_id = EXCLUDED.outlet_id, product_id = EXCLUDED.product_id, unit_serial = EXCLUDED.unit_serial,
      cancelled = EXCLUDED.cancelled, reported_at = EXCLUDED.reported_at, acknowledged_at = EXCLUDED.acknowledged_at,
      resolved_at = EXCLUDED.resolved_at, closed_at = EXCLUDED.closed_at, reopen_count = EXCLUDED.reopen_count,
      visit_count = EXCLUDED.visit_count, first_technician_id = EXCLUDED.first_technician_id,
      first_arrived_at = EXCLUDED.first_arrived_at, first_outcome = EXCLUDED.first_outcome,
      return_visit_done_at = EXCLUDED.return_visit_done_at, next_repair_reported_at = NULL${
        ratings
          ? `, rating_id = EXCLUDED.rating_id, rated_at = EXCLUDED.rated_at, rating_overall = EXCLUDED.rating_overall,
      rating_recommend = EXCLUDED.rating_recommend, rating_csi = EXCLUDED.rating_csi`
          : ''
      };
${
    sharedNextRepairs
      ? `  SELECT orgs || array_agg(g.org_id), serials || array_agg(g.unit_serial) INTO orgs, serials
    FROM kpi_request_facts g WHERE g.request_id = ANY(p_ids) AND g.unit_serial IS NOT NULL;
  PERFORM kpi_refresh_next_repairs(orgs, serials);`
      : `  UPDATE kpi_request_facts f SET next_repair_reported_at = ${NEXT_REPAIR}
    FROM (SELECT x.group_org, x.group_serial FROM unnest(orgs, serials) AS x(group_org, group_serial)
          UNION SELECT g.org_id, g.unit_serial FROM kpi_request_facts g WHERE g.request_id = ANY(p_ids) AND g.unit_serial IS NOT NULL)
         AS affected(group_org, group_serial)
   WHERE f.org_id = affected.group_org AND f.unit_serial = affected.group_serial AND f.type = 'REPAIR';`
  }
END
$fn$`;
}

/** The first version of the requests' trigger function: every written request through the general recompute. */
const FACTS_AFTER_REQUESTS_RECOMPUTED = `CREATE OR REPLACE FUNCTION kpi_facts_after_requests() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM kpi_refresh_request_facts(ARRAY(SELECT id FROM changed));
  RETURN NULL;
END
$fn$`;

export const KPI_FACT_TRIGGERS_UP: readonly string[] = [
  refreshRequestFactsFunction(false),
  FACTS_AFTER_REQUESTS_RECOMPUTED,
  // Visits and return visits: the requests they belong (or belonged) to.
  `CREATE OR REPLACE FUNCTION kpi_facts_after_request_children() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM kpi_refresh_request_facts(ARRAY(SELECT request_id FROM changed UNION SELECT request_id FROM old_changed));
  ELSIF TG_OP = 'DELETE' THEN
    -- Only requests that still have facts: purging an organisation deletes the facts first and must
    -- not bring them back (records are otherwise never deleted; an import replacing visits re-inserts).
    PERFORM kpi_refresh_request_facts(ARRAY(SELECT DISTINCT c.request_id FROM changed c JOIN kpi_request_facts f ON f.request_id = c.request_id));
  ELSE
    PERFORM kpi_refresh_request_facts(ARRAY(SELECT DISTINCT request_id FROM changed));
  END IF;
  RETURN NULL;
END
$fn$`,
  // A unit's serial number changed: its requests move to another "same unit" group.
  `CREATE OR REPLACE FUNCTION kpi_facts_after_product_units() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  units uuid[];
BEGIN
  units := ARRAY(SELECT n.id FROM changed n JOIN old_changed o ON o.id = n.id WHERE n.serial_no IS DISTINCT FROM o.serial_no);
  IF cardinality(units) > 0 THEN
    PERFORM kpi_refresh_request_facts(ARRAY(SELECT r.id FROM service_requests r WHERE r.unit_id = ANY(units)));
  END IF;
  RETURN NULL;
END
$fn$`,
  `CREATE TRIGGER trg_kpi_facts_request_insert AFTER INSERT ON service_requests REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kpi_facts_after_requests()`,
  `CREATE TRIGGER trg_kpi_facts_request_update AFTER UPDATE ON service_requests REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kpi_facts_after_requests()`,
  ...['visits', 'return_visits'].flatMap((table) => [
    `CREATE TRIGGER trg_kpi_facts_${table}_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kpi_facts_after_request_children()`,
    `CREATE TRIGGER trg_kpi_facts_${table}_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_changed NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kpi_facts_after_request_children()`,
    `CREATE TRIGGER trg_kpi_facts_${table}_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kpi_facts_after_request_children()`,
  ]),
  `CREATE TRIGGER trg_kpi_facts_product_units_update AFTER UPDATE ON product_units REFERENCING OLD TABLE AS old_changed NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION kpi_facts_after_product_units()`,
  // Existing requests, one organisation at a time.
  `SELECT kpi_refresh_request_facts(array_agg(id)) FROM service_requests GROUP BY org_id`,
];

export const KPI_FACT_TRIGGERS_DOWN: readonly string[] = [
  `DROP TRIGGER IF EXISTS trg_kpi_facts_product_units_update ON product_units`,
  ...['visits', 'return_visits'].flatMap((table) => ['insert', 'update', 'delete'].map((event) => `DROP TRIGGER IF EXISTS trg_kpi_facts_${table}_${event} ON ${table}`)),
  `DROP TRIGGER IF EXISTS trg_kpi_facts_request_update ON service_requests`,
  `DROP TRIGGER IF EXISTS trg_kpi_facts_request_insert ON service_requests`,
  `DROP FUNCTION IF EXISTS kpi_facts_after_product_units()`,
  `DROP FUNCTION IF EXISTS kpi_facts_after_request_children()`,
  `DROP FUNCTION IF EXISTS kpi_facts_after_requests()`,
  `DROP FUNCTION IF EXISTS kpi_refresh_request_facts(uuid[])`,
];

/**
 * Recomputes the next repair of every REPAIR fact of the given (organisation, serial) groups, writing only
 * the facts whose value changes (each written fact is a rollup delta and a dead row).
 */
const REFRESH_NEXT_REPAIRS = `CREATE OR REPLACE FUNCTION kpi_refresh_next_repairs(p_orgs uuid[], p_serials varchar[]) RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $fn$
BEGIN
  IF p_serials IS NULL OR cardinality(p_serials) = 0 THEN RETURN; END IF;
  UPDATE kpi_request_facts f SET next_repair_reported_at = ${NEXT_REPAIR}
    FROM (SELECT DISTINCT x.group_org, x.group_serial FROM unnest(p_orgs, p_serials) AS x(group_org, group_serial)
           WHERE x.group_serial IS NOT NULL) AS affected(group_org, group_serial)
   WHERE f.org_id = affected.group_org AND f.unit_serial = affected.group_serial AND f.type = 'REPAIR'
     AND f.next_repair_reported_at IS DISTINCT FROM (${NEXT_REPAIR});
END
$fn$`;

/**
 * Inserted requests take a path of their own: nothing can refer to a request before it exists (visits,
 * return visits and ratings reference it), so the fact of a new request is its own columns and its unit's
 * serial, written without the general recompute's reads of the children and without its upsert. Only the
 * next repairs of the serial groups of new repairs are recomputed: a new repair may be an earlier repair's
 * next one, and has its own.
 */
const FACTS_AFTER_REQUESTS_NEW_PATH = `CREATE OR REPLACE FUNCTION kpi_facts_after_requests() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  orgs uuid[];
  serials varchar[];
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM kpi_refresh_request_facts(ARRAY(SELECT id FROM changed));
    RETURN NULL;
  END IF;
  WITH inserted AS (
    INSERT INTO kpi_request_facts (request_id, org_id, type, channel, priority, outlet_id, product_id, unit_serial, cancelled,
        reported_at, acknowledged_at, resolved_at, closed_at, reopen_count, visit_count)
    SELECT n.id, n.org_id, n.type, n.channel, n.priority, n.outlet_id, n.product_id, ${UNIT_SERIAL(true, 'n')}, n.cancelled_at IS NOT NULL,
           n.reported_at, n.acknowledged_at, n.resolved_at, n.closed_at, n.reopen_count, 0
      FROM changed n
    RETURNING org_id, unit_serial, type)
  SELECT array_agg(i.org_id), array_agg(i.unit_serial) INTO orgs, serials FROM inserted i WHERE i.type = 'REPAIR' AND i.unit_serial IS NOT NULL;
  PERFORM kpi_refresh_next_repairs(orgs, serials);
  RETURN NULL;
END
$fn$`;

/** Migration KpiFactsOfNewRequests: the new requests' path, and the general refresh sharing its next-repair update. */
export const KPI_NEW_REQUEST_FACTS_UP: readonly string[] = [REFRESH_NEXT_REPAIRS, refreshRequestFactsFunction(true, true), FACTS_AFTER_REQUESTS_NEW_PATH];

export const KPI_NEW_REQUEST_FACTS_DOWN: readonly string[] = [
  FACTS_AFTER_REQUESTS_RECOMPUTED,
  refreshRequestFactsFunction(true),
  `DROP FUNCTION IF EXISTS kpi_refresh_next_repairs(uuid[], varchar[])`,
];
