import type { ComplaintSeverity, PeriodWindow, Priority, SampledRecordFacts, SampleRecordType, ServiceType } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';

/**
 * The records a SAMPLE criterion draws from, as the database holds them: how many there are, and the
 * ids at given positions of their sorted order (drawSamplePositions), so only the drawn ids leave the
 * database, whatever the size of the population (a year of a large brand is a million requests).
 */
export interface SamplePopulation {
  size: number;
  /** The ids at these 0-based positions of the population sorted by id, in the order asked. */
  idsAt(positions: readonly number[]): Promise<string[]>;
}

/**
 * The records a SAMPLE criterion draws from and the facts its checks read (sample-findings.ts
 * defines, per record type, which records are in the period and what complete and timely mean).
 * Null for record types StarDesk keeps no register of.
 */
export async function samplePopulation(manager: EntityManager, orgId: string, recordType: SampleRecordType, window: PeriodWindow): Promise<SamplePopulation | null> {
  const query = populationQuery(orgId, recordType, window);
  if (query === null) return null;
  const [sql, parameters] = query;
  const [counted] = await manager.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${sql}) population`, parameters);
  return {
    size: counted?.n ?? 0,
    async idsAt(positions) {
      if (positions.length === 0) return [];
      // A uuid sorts by its bytes, which is the code-unit order of its lower-case text (drawSample's order).
      const rows = await manager.query<{ id: string; position: string }[]>(
        `SELECT id::text AS id, position FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS position FROM (${sql}) population) numbered
          WHERE position = ANY($${parameters.length + 1}::bigint[])`,
        [...parameters, positions],
      );
      const byPosition = new Map(rows.map((row) => [Number(row.position), row.id]));
      return positions.map((position) => byPosition.get(position)).filter((id): id is string => id !== undefined);
    },
  };
}

/** The population's ids (each once) and its parameters, by record type. */
function populationQuery(orgId: string, recordType: SampleRecordType, window: PeriodWindow): [string, unknown[]] | null {
  const range = [orgId, window.start, window.end];
  switch (recordType) {
    case 'SERVICE_REQUEST':
      return ['SELECT id FROM service_requests WHERE org_id = $1 AND cancelled_at IS NULL AND resolved_at >= $2 AND resolved_at < $3', range];
    case 'COMPLAINT':
      return ['SELECT id FROM complaints WHERE org_id = $1 AND closed_at >= $2 AND closed_at < $3', range];
    case 'DELIVERY':
      return ['SELECT id FROM deliveries WHERE org_id = $1 AND done_at >= $2 AND done_at < $3', range];
    case 'WARRANTY_DECISION':
      return ['SELECT id FROM warranty_decisions WHERE org_id = $1 AND decided_at >= $2 AND decided_at < $3', range];
    case 'TAKE_BACK':
      return ['SELECT id FROM take_backs WHERE org_id = $1 AND collected_at >= $2 AND collected_at < $3', range];
    case 'STAFF':
      // Technicians employed at period end (the staff register has no dates yet: created before the end, still active).
      return ["SELECT id FROM staff WHERE org_id = $1 AND role = 'TECHNICIAN' AND active AND created_at < $2", [orgId, window.end]];
    case 'CUSTOMER':
      return ['SELECT DISTINCT customer_id AS id FROM service_requests WHERE org_id = $1 AND cancelled_at IS NULL AND reported_at >= $2 AND reported_at < $3', range];
    case 'FACILITY':
    case 'CORRECTIVE_ACTION':
      return null;
  }
}

/** The facts of the drawn records, in draw order. */
export async function sampleFacts(manager: EntityManager, orgId: string, recordType: SampleRecordType, ids: readonly string[], window: PeriodWindow): Promise<SampledRecordFacts[]> {
  if (ids.length === 0) return [];
  const facts = await loadFacts(manager, orgId, recordType, [...ids], window);
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  return ids.map((id) => byId.get(id)).filter((fact): fact is SampledRecordFacts => fact !== undefined);
}

async function loadFacts(manager: EntityManager, orgId: string, recordType: SampleRecordType, ids: string[], window: PeriodWindow): Promise<SampledRecordFacts[]> {
  switch (recordType) {
    case 'SERVICE_REQUEST': {
      const [requests, visits] = await Promise.all([
        manager.query<{ id: string; type: ServiceType; priority: Priority; outlet_id: string; fault_description: string | null; reported_at: Date; acknowledged_at: Date | null }[]>(
          'SELECT id, type, priority, outlet_id, fault_description, reported_at, acknowledged_at FROM service_requests WHERE org_id = $1 AND id = ANY($2)',
          [orgId, ids],
        ),
        manager.query<{ request_id: string; arrived_at: Date; completed_at: Date | null; diagnosis: string | null; confirmed_by: string | null; customer_feedback: string | null }[]>(
          'SELECT request_id, arrived_at, completed_at, diagnosis, confirmed_by, customer_feedback FROM visits WHERE org_id = $1 AND request_id = ANY($2) ORDER BY request_id, seq',
          [orgId, ids],
        ),
      ]);
      return requests.map((row) => ({
        recordType: 'SERVICE_REQUEST',
        id: row.id,
        type: row.type,
        priority: row.priority,
        outletId: row.outlet_id,
        faultDescription: row.fault_description,
        reportedAt: row.reported_at,
        acknowledgedAt: row.acknowledged_at,
        visits: visits
          .filter((visit) => visit.request_id === row.id)
          .map((visit) => ({ arrivedAt: visit.arrived_at, completedAt: visit.completed_at, diagnosis: visit.diagnosis, confirmedBy: visit.confirmed_by, customerFeedback: visit.customer_feedback })),
      }));
    }
    case 'COMPLAINT': {
      const rows = await manager.query<{ id: string; outlet_id: string | null; severity: ComplaintSeverity; channel: string | null; description: string | null; resolution: string | null; customer_accepted: boolean | null; received_at: Date; acknowledged_at: Date | null; closed_at: Date | null }[]>(
        'SELECT id, outlet_id, severity, channel, description, resolution, customer_accepted, received_at, acknowledged_at, closed_at FROM complaints WHERE org_id = $1 AND id = ANY($2)',
        [orgId, ids],
      );
      return rows.map((row) => ({
        recordType: 'COMPLAINT',
        id: row.id,
        outletId: row.outlet_id,
        severity: row.severity,
        channel: row.channel,
        description: row.description,
        resolution: row.resolution,
        customerAccepted: row.customer_accepted,
        receivedAt: row.received_at,
        acknowledgedAt: row.acknowledged_at,
        closedAt: row.closed_at,
      }));
    }
    case 'DELIVERY': {
      const rows = await manager.query<{ id: string; scheduled_to: Date; done_at: Date | null; condition: string | null; signer_name: string | null }[]>(
        'SELECT id, scheduled_to, done_at, condition, signer_name FROM deliveries WHERE org_id = $1 AND id = ANY($2)',
        [orgId, ids],
      );
      return rows.map((row) => ({ recordType: 'DELIVERY', id: row.id, scheduledTo: row.scheduled_to, doneAt: row.done_at, condition: row.condition, signerName: row.signer_name }));
    }
    case 'WARRANTY_DECISION': {
      const rows = await manager.query<{ id: string; reason: string | null; warranty_overridden: boolean; override_reason: string | null }[]>(
        'SELECT id, reason, warranty_overridden, override_reason FROM warranty_decisions WHERE org_id = $1 AND id = ANY($2)',
        [orgId, ids],
      );
      return rows.map((row) => ({ recordType: 'WARRANTY_DECISION', id: row.id, reason: row.reason, warrantyOverridden: row.warranty_overridden, overrideReason: row.override_reason }));
    }
    case 'TAKE_BACK': {
      const rows = await manager.query<{ id: string; disposer: string | null; certificate_no: string | null }[]>(
        'SELECT id, disposer, certificate_no FROM take_backs WHERE org_id = $1 AND id = ANY($2)',
        [orgId, ids],
      );
      return rows.map((row) => ({ recordType: 'TAKE_BACK', id: row.id, disposer: row.disposer, certificateNo: row.certificate_no }));
    }
    case 'STAFF': {
      const rows = await manager.query<{ id: string; qualified: boolean; evaluated: boolean }[]>(
        `SELECT s.id,
                EXISTS (SELECT 1 FROM qualifications q WHERE q.staff_id = s.id AND q.valid_from <= $3::date AND (q.valid_until IS NULL OR q.valid_until >= $3::date)) AS qualified,
                EXISTS (SELECT 1 FROM staff_evaluations e WHERE e.staff_id = s.id AND e.period_from <= $3::date AND e.period_to >= $4::date) AS evaluated
           FROM staff s WHERE s.org_id = $1 AND s.id = ANY($2)`,
        [orgId, ids, window.lastDay, window.from],
      );
      return rows.map((row) => ({ recordType: 'STAFF', id: row.id, hasValidQualification: row.qualified, hasEvaluation: row.evaluated }));
    }
    case 'CUSTOMER': {
      const rows = await manager.query<{ id: string; name: string | null; phone: string | null; address: string | null }[]>(
        'SELECT id, name, phone, address FROM customers WHERE org_id = $1 AND id = ANY($2)',
        [orgId, ids],
      );
      return rows.map((row) => ({ recordType: 'CUSTOMER', id: row.id, name: row.name, phone: row.phone, address: row.address }));
    }
    case 'FACILITY':
    case 'CORRECTIVE_ACTION':
      return [];
  }
}
