/**
 * The triggers that keep `kpi_request_facts` current in the transaction of every write (see
 * KpiRequestFactEntity for why a fact table). They live here, not in the entity, because TypeORM does
 * not generate functions and triggers: the migration KpiRequestFacts appends them to its generated
 * table, and `refreshAllKpiFacts` rebuilds every row (used by that migration for existing data).
 */

/** The next live REPAIR of the same serial reported after `f`'s resolution, read from the facts themselves. */
const NEXT_REPAIR = `CASE WHEN f.type = 'REPAIR' AND f.unit_serial IS NOT NULL AND f.resolved_at IS NOT NULL THEN (
    SELECT min(o.reported_at) FROM kpi_request_facts o
     WHERE o.org_id = f.org_id AND o.unit_serial = f.unit_serial AND o.reported_at > f.resolved_at
       AND o.type = 'REPAIR' AND NOT o.cancelled AND o.request_id <> f.request_id) END`;

export const KPI_FACT_TRIGGERS_UP: readonly string[] = [
  `CREATE OR REPLACE FUNCTION kpi_refresh_request_fact(p_request uuid) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO kpi_request_facts AS t (request_id, org_id, type, channel, priority, outlet_id, product_id, unit_serial, cancelled,
      reported_at, acknowledged_at, resolved_at, closed_at, reopen_count, visit_count, first_technician_id, first_arrived_at,
      first_outcome, return_visit_done_at)
  SELECT r.id, r.org_id, r.type, r.channel, r.priority, r.outlet_id, r.product_id, u.serial_no, r.cancelled_at IS NOT NULL,
         r.reported_at, r.acknowledged_at, r.resolved_at, r.closed_at, r.reopen_count,
         (SELECT count(*)::int FROM visits v WHERE v.org_id = r.org_id AND v.request_id = r.id),
         fv.technician_id, fv.arrived_at, fv.outcome,
         (SELECT min(rv.done_at) FROM return_visits rv
           WHERE rv.org_id = r.org_id AND rv.request_id = r.id AND rv.status = 'DONE' AND rv.done_at >= r.closed_at)
    FROM service_requests r
    LEFT JOIN product_units u ON u.id = r.unit_id
    LEFT JOIN LATERAL (SELECT v.technician_id, v.arrived_at, v.outcome FROM visits v
                        WHERE v.org_id = r.org_id AND v.request_id = r.id
                        ORDER BY v.arrived_at, v.technician_id LIMIT 1) fv ON true
   WHERE r.id = p_request
  ON CONFLICT (request_id) DO UPDATE SET type = EXCLUDED.type, channel = EXCLUDED.channel, priority = EXCLUDED.priority,
      outlet_id = EXCLUDED.outlet_id, product_id = EXCLUDED.product_id, unit_serial = EXCLUDED.unit_serial,
      cancelled = EXCLUDED.cancelled, reported_at = EXCLUDED.reported_at, acknowledged_at = EXCLUDED.acknowledged_at,
      resolved_at = EXCLUDED.resolved_at, closed_at = EXCLUDED.closed_at, reopen_count = EXCLUDED.reopen_count,
      visit_count = EXCLUDED.visit_count, first_technician_id = EXCLUDED.first_technician_id,
      first_arrived_at = EXCLUDED.first_arrived_at, first_outcome = EXCLUDED.first_outcome,
      return_visit_done_at = EXCLUDED.return_visit_done_at;
  UPDATE kpi_request_facts f SET next_repair_reported_at = ${NEXT_REPAIR} WHERE f.request_id = p_request;
END
$fn$`,
  // A repair of a unit changes whether the earlier repairs of that serial were repeated.
  `CREATE OR REPLACE FUNCTION kpi_refresh_next_repairs(p_org uuid, p_serial varchar) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF p_serial IS NULL THEN RETURN; END IF;
  UPDATE kpi_request_facts f SET next_repair_reported_at = ${NEXT_REPAIR}
   WHERE f.org_id = p_org AND f.unit_serial = p_serial AND f.type = 'REPAIR';
END
$fn$`,
  `CREATE OR REPLACE FUNCTION kpi_facts_on_request() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  old_serial varchar;
  new_serial varchar;
BEGIN
  SELECT unit_serial INTO old_serial FROM kpi_request_facts WHERE request_id = NEW.id;
  PERFORM kpi_refresh_request_fact(NEW.id);
  SELECT unit_serial INTO new_serial FROM kpi_request_facts WHERE request_id = NEW.id;
  PERFORM kpi_refresh_next_repairs(NEW.org_id, new_serial);
  IF old_serial IS DISTINCT FROM new_serial THEN PERFORM kpi_refresh_next_repairs(NEW.org_id, old_serial); END IF;
  RETURN NULL;
END
$fn$`,
  `CREATE OR REPLACE FUNCTION kpi_facts_on_request_child() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM kpi_refresh_request_fact(OLD.request_id); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.request_id IS DISTINCT FROM OLD.request_id) THEN
    PERFORM kpi_refresh_request_fact(NEW.request_id);
  END IF;
  RETURN NULL;
END
$fn$`,
  `CREATE OR REPLACE FUNCTION kpi_facts_on_product_unit() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM kpi_refresh_request_fact(r.id) FROM service_requests r WHERE r.org_id = NEW.org_id AND r.unit_id = NEW.id;
  PERFORM kpi_refresh_next_repairs(NEW.org_id, NEW.serial_no);
  PERFORM kpi_refresh_next_repairs(NEW.org_id, OLD.serial_no);
  RETURN NULL;
END
$fn$`,
  `CREATE TRIGGER trg_kpi_facts_request AFTER INSERT OR UPDATE ON service_requests FOR EACH ROW EXECUTE FUNCTION kpi_facts_on_request()`,
  `CREATE TRIGGER trg_kpi_facts_visit AFTER INSERT OR UPDATE OR DELETE ON visits FOR EACH ROW EXECUTE FUNCTION kpi_facts_on_request_child()`,
  `CREATE TRIGGER trg_kpi_facts_return_visit AFTER INSERT OR UPDATE OR DELETE ON return_visits FOR EACH ROW EXECUTE FUNCTION kpi_facts_on_request_child()`,
  `CREATE TRIGGER trg_kpi_facts_product_unit AFTER UPDATE OF serial_no ON product_units FOR EACH ROW EXECUTE FUNCTION kpi_facts_on_product_unit()`,
  // Existing requests: every fact first, then the next repairs, which read the other facts.
  `SELECT kpi_refresh_request_fact(id) FROM service_requests`,
  `UPDATE kpi_request_facts f SET next_repair_reported_at = ${NEXT_REPAIR}`,
];

export const KPI_FACT_TRIGGERS_DOWN: readonly string[] = [
  `DROP TRIGGER IF EXISTS trg_kpi_facts_product_unit ON product_units`,
  `DROP TRIGGER IF EXISTS trg_kpi_facts_return_visit ON return_visits`,
  `DROP TRIGGER IF EXISTS trg_kpi_facts_visit ON visits`,
  `DROP TRIGGER IF EXISTS trg_kpi_facts_request ON service_requests`,
  `DROP FUNCTION IF EXISTS kpi_facts_on_product_unit()`,
  `DROP FUNCTION IF EXISTS kpi_facts_on_request_child()`,
  `DROP FUNCTION IF EXISTS kpi_facts_on_request()`,
  `DROP FUNCTION IF EXISTS kpi_refresh_next_repairs(uuid, varchar)`,
  `DROP FUNCTION IF EXISTS kpi_refresh_request_fact(uuid)`,
];
