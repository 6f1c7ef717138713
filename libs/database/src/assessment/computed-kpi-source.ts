import {
  computeKpis,
  resolvePeriod,
  type AssessmentKpiSource,
  type Channel,
  type ComplaintSeverity,
  type KpiDataset,
  type KpiFactorScore,
  type KpiStaffRecord,
  type KpiValues,
  type Period,
  type Priority,
  type ServiceType,
  type StaffRole,
  type VisitOutcome,
} from '@stardesk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { loadKpiTargets } from './kpi-targets.loader';

/**
 * THE KPI ADAPTER OF ASSESSMENTS (to be replaced by the SQL KPI engine at merge): loads the
 * organisation's records with SQL into the domain's kpi-records types and runs the reference
 * formulas (computeKpis). It loads every record of the organisation, as computeKpis expects (repeat
 * repairs and latest ratings look beyond the period), which is correct but not fast.
 *
 * Decision: staff carry no employment dates yet, so an active staff member counts as employed from
 * the day the record was created, and an inactive one as not employed at period end.
 */
export class ComputedKpiSource implements AssessmentKpiSource {
  constructor(
    private readonly database: DataSource | EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async periodKpis(orgId: string, period: Period): Promise<KpiValues> {
    const manager = 'manager' in this.database ? this.database.manager : this.database;
    const window = resolvePeriod(period);
    const [dataset, targets] = await Promise.all([loadKpiDataset(manager, orgId, window.timeZone), loadKpiTargets(manager, orgId, window.end)]);
    return computeKpis(dataset, period, targets, this.now());
  }
}

interface RequestRow {
  id: string;
  type: ServiceType;
  channel: Channel;
  priority: Priority;
  outlet_id: string;
  region_id: string | null;
  category: string | null;
  model: string | null;
  serial_no: string | null;
  reported_at: Date;
  acknowledged_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  cancelled_at: Date | null;
  reopen_count: number;
}

export async function loadKpiDataset(manager: EntityManager, orgId: string, timeZone: string): Promise<KpiDataset> {
  const [requests, visits, returnVisits, ratings, invitations, complaints, staff, qualifications, trainings] = await Promise.all([
    manager.query<RequestRow[]>(
      `SELECT r.id, r.type, r.channel, r.priority, r.outlet_id, o.region_id, p.category, p.model, u.serial_no,
              r.reported_at, r.acknowledged_at, r.resolved_at, r.closed_at, r.cancelled_at, r.reopen_count
         FROM service_requests r
         JOIN outlets o ON o.id = r.outlet_id
         JOIN products p ON p.id = r.product_id
         LEFT JOIN product_units u ON u.id = r.unit_id
        WHERE r.org_id = $1`,
      [orgId],
    ),
    manager.query<{ request_id: string; technician_id: string; arrived_at: Date; outcome: VisitOutcome | null }[]>(
      'SELECT request_id, technician_id, arrived_at, outcome FROM visits WHERE org_id = $1 ORDER BY request_id, seq',
      [orgId],
    ),
    manager.query<{ request_id: string; done_at: Date; status: string }[]>(
      'SELECT request_id, done_at, status FROM return_visits WHERE org_id = $1 AND done_at IS NOT NULL',
      [orgId],
    ),
    manager.query<{ id: string; request_id: string; submitted_at: Date; overall: number; recommend: number | null; factor_scores: { key: string; score: number }[] | null; factors: { key: string; weight: number }[] | null }[]>(
      `SELECT sr.id, sr.request_id, sr.submitted_at, sr.overall, sr.recommend, sr.factor_scores, t.factors
         FROM survey_responses sr LEFT JOIN survey_templates t ON t.id = sr.template_id
        WHERE sr.org_id = $1`,
      [orgId],
    ),
    manager.query<{ id: string; request_id: string | null; sent_at: Date; expires_at: Date; answered_at: Date | null }[]>(
      'SELECT id, request_id, sent_at, expires_at, answered_at FROM survey_invitations WHERE org_id = $1',
      [orgId],
    ),
    manager.query<{ id: string; request_id: string | null; outlet_id: string | null; region_id: string | null; severity: ComplaintSeverity; received_at: Date; acknowledged_at: Date | null; closed_at: Date | null; customer_accepted: boolean | null }[]>(
      `SELECT c.id, c.request_id, c.outlet_id, o.region_id, c.severity, c.received_at, c.acknowledged_at, c.closed_at, c.customer_accepted
         FROM complaints c LEFT JOIN outlets o ON o.id = c.outlet_id
        WHERE c.org_id = $1`,
      [orgId],
    ),
    manager.query<{ id: string; role: StaffRole; active: boolean; since: string; outlet_id: string | null; region_id: string | null }[]>(
      `SELECT s.id, s.role, s.active, to_char(s.created_at AT TIME ZONE $2, 'YYYY-MM-DD') AS since, home.outlet_id, o.region_id
         FROM staff s
         LEFT JOIN LATERAL (SELECT so.outlet_id FROM staff_outlets so WHERE so.staff_id = s.id ORDER BY so.outlet_id LIMIT 1) home ON true
         LEFT JOIN outlets o ON o.id = home.outlet_id
        WHERE s.org_id = $1`,
      [orgId, timeZone],
    ),
    manager.query<{ staff_id: string; certificate_type: string; valid_from: string; valid_until: string | null }[]>(
      'SELECT staff_id, certificate_type, valid_from::text AS valid_from, valid_until::text AS valid_until FROM qualifications WHERE org_id = $1',
      [orgId],
    ),
    manager.query<{ staff_id: string; date: string; hours: string }[]>(
      `SELECT a.staff_id, t.date::text AS date, t.hours::text AS hours
         FROM training_attendances a JOIN trainings t ON t.id = a.training_id
        WHERE a.org_id = $1`,
      [orgId],
    ),
  ]);

  const visitsOf = groupBy(visits, (row) => row.request_id);
  const returnVisitsOf = groupBy(returnVisits, (row) => row.request_id);
  const qualificationsOf = groupBy(qualifications, (row) => row.staff_id);
  const trainingsOf = groupBy(trainings, (row) => row.staff_id);
  return {
    requests: requests.map((row) => ({
      id: row.id,
      type: row.type,
      channel: row.channel,
      priority: row.priority,
      outletId: row.outlet_id,
      regionId: row.region_id,
      productCategory: row.category,
      productModel: row.model,
      unitSerial: row.serial_no,
      reportedAt: row.reported_at,
      acknowledgedAt: row.acknowledged_at,
      resolvedAt: row.resolved_at,
      closedAt: row.closed_at,
      cancelledAt: row.cancelled_at,
      reopenCount: row.reopen_count,
      visits: (visitsOf.get(row.id) ?? []).map((visit) => ({ technicianId: visit.technician_id, arrivedAt: visit.arrived_at, outcome: visit.outcome })),
      returnVisits: (returnVisitsOf.get(row.id) ?? []).map((visit) => ({ doneAt: visit.done_at, completed: visit.status === 'DONE' })),
    })),
    ratings: ratings.map((row) => ({
      id: row.id,
      requestId: row.request_id,
      submittedAt: row.submitted_at,
      overall: row.overall,
      recommend: row.recommend,
      factors: (row.factor_scores ?? []).map((answer): KpiFactorScore => ({
        factor: answer.key,
        weight: row.factors?.find((factor) => factor.key === answer.key)?.weight ?? 0,
        score: answer.score,
      })),
    })),
    surveyInvitations: invitations.map((row) => ({ id: row.id, requestId: row.request_id, sentAt: row.sent_at, expiresAt: row.expires_at, answeredAt: row.answered_at })),
    complaints: complaints.map((row) => ({
      id: row.id,
      requestId: row.request_id,
      outletId: row.outlet_id,
      regionId: row.region_id,
      severity: row.severity,
      receivedAt: row.received_at,
      acknowledgedAt: row.acknowledged_at,
      closedAt: row.closed_at,
      customerAccepted: row.customer_accepted,
    })),
    staff: staff.map(
      (row): KpiStaffRecord => ({
        id: row.id,
        role: row.role,
        outletId: row.outlet_id,
        regionId: row.region_id,
        activePeriods: row.active ? [{ from: row.since, until: null }] : [],
        qualifications: (qualificationsOf.get(row.id) ?? []).map((q) => ({ certificateType: q.certificate_type, validFrom: q.valid_from, validUntil: q.valid_until })),
        trainings: (trainingsOf.get(row.id) ?? []).map((t) => ({ date: t.date, hours: Number(t.hours) })),
      }),
    ),
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(row);
    groups.set(key(row), list);
  }
  return groups;
}
