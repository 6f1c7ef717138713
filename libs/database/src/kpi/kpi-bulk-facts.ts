import type { EntityManager } from 'typeorm';
import { NEXT_REPAIR } from './kpi-fact-triggers';

/**
 * Completes facts that a bulk load wrote itself (the demo seed with row triggers off, see
 * seed/demo-facts.ts): the next repair of the same unit is the one column a request's writer cannot
 * know, since it is a later request. It is filled here with the triggers' own expression, only for the
 * serials that have more than one repair (the others have no "other" repair: null, as written).
 */
export async function fillNextRepairs(manager: EntityManager, orgId: string): Promise<void> {
  await manager.query(
    `UPDATE kpi_request_facts f SET next_repair_reported_at = ${NEXT_REPAIR}
      WHERE f.org_id = $1 AND f.type = 'REPAIR' AND f.resolved_at IS NOT NULL
        AND f.unit_serial IN (SELECT g.unit_serial FROM kpi_request_facts g
                               WHERE g.org_id = $1 AND g.type = 'REPAIR' AND g.unit_serial IS NOT NULL
                               GROUP BY g.unit_serial HAVING count(*) > 1)`,
    [orgId],
  );
}
