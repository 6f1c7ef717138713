import { createHash, randomUUID } from 'node:crypto';
import { createOrganisation } from '@stardesk/database';
import type { KpiDataset, KpiFactorScore, KpiStaffRecord, TargetSettings } from '@stardesk/domain';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Writes the plain KPI records of the domain (the reference's input) as real rows, so that a test can
 * hold the SQL engine to the domain's numbers on the very same data. A "world" holds what records
 * point at (outlets with regions, products, units, a survey template); staff come from the dataset.
 *
 * Mapping where the schema and the records differ: a staff member is active (`activePeriods` open at
 * every date) or not (none); a rating is stored as a RETURN_VISIT response on a cancelled return
 * visit (which counts for nothing else); the home outlet of a staff member is its only staff_outlets row.
 */
export interface KpiWorld {
  orgId: string;
  customerId: string;
  outlets: { id: string; code: string; regionId: string | null }[];
  regions: { id: string; code: string }[];
  products: { id: string; category: string; model: string }[];
  units: { id: string; productId: string; serial: string }[];
  template: { id: string; factors: { key: string; weight: number }[] };
}

export const WORLD_FACTORS = [
  { key: 'speed', weight: 0.4 },
  { key: 'skill', weight: 0.6 },
];

export async function createKpiWorld(dataSource: DataSource, code: string, timeZone = 'Asia/Shanghai'): Promise<KpiWorld> {
  const organisation = await createOrganisation(dataSource, { code, name: `${code} 电器有限公司`, timeZone });
  const orgId = organisation.id;
  const one = async (sql: string, params: unknown[]): Promise<string> => ((await dataSource.query(sql, params)) as { id: string }[])[0]!.id;
  const regions = [];
  for (const regionCode of ['EAST', 'NORTH']) {
    regions.push({ id: await one(`INSERT INTO regions (org_id, code, name) VALUES ($1, $2, $2) RETURNING id`, [orgId, regionCode]), code: regionCode });
  }
  const outlets = [];
  for (const [outletCode, regionId] of [['SH-01', regions[0]!.id], ['BJ-01', regions[1]!.id], ['XX-01', null]] as const) {
    const id = await one(`INSERT INTO outlets (org_id, region_id, code, name, kind, city) VALUES ($1, $2, $3, $3, 'OWN', '上海') RETURNING id`, [orgId, regionId, outletCode]);
    outlets.push({ id, code: outletCode, regionId });
  }
  const products = [];
  for (const [model, category] of [['KFR-35GW', '空调'], ['XQG100', '洗衣机']] as const) {
    const id = await one(`INSERT INTO products (org_id, model, name, category) VALUES ($1, $2, $2, $3) RETURNING id`, [orgId, model, category]);
    products.push({ id, category, model });
  }
  const customerId = await one(`INSERT INTO customers (org_id, name, phone) VALUES ($1, '王先生', '13800000000') RETURNING id`, [orgId]);
  const units = [];
  for (const [serial, product] of [['SN-A', products[0]!], ['SN-B', products[0]!], ['SN-C', products[1]!]] as const) {
    const id = await one(`INSERT INTO product_units (org_id, product_id, customer_id, serial_no) VALUES ($1, $2, $3, $4) RETURNING id`, [orgId, product.id, customerId, serial]);
    units.push({ id, productId: product.id, serial });
  }
  const templateId = await one(
    `INSERT INTO survey_templates (org_id, code, name, version, factors) VALUES ($1, 'CSI', '满意度', 1, $2::jsonb) RETURNING id`,
    [orgId, JSON.stringify(WORLD_FACTORS.map((factor) => ({ ...factor, labelZh: factor.key, labelEn: factor.key })))],
  );
  return { orgId, customerId, outlets, regions, products, units, template: { id: templateId, factors: WORLD_FACTORS } };
}

export async function setOutletTargets(dataSource: DataSource, world: KpiWorld, outletId: string, targets: TargetSettings): Promise<void> {
  await dataSource.query(`INSERT INTO outlet_targets (outlet_id, org_id, targets) VALUES ($1, $2, $3::jsonb)`, [outletId, world.orgId, JSON.stringify(targets)]);
}

let sequence = 0;

/** Writes `dataset` into the world's organisation, in one transaction (the triggers keep the facts). */
export async function writeKpiDataset(dataSource: DataSource, world: KpiWorld, dataset: KpiDataset): Promise<void> {
  await dataSource.transaction(async (tx) => {
    for (const staff of dataset.staff) await writeStaff(tx, world, staff);
    for (const request of dataset.requests) {
      const product = world.products.find((candidate) => candidate.model === request.productModel) ?? world.products[0]!;
      const unit = request.unitSerial === null ? null : world.units.find((candidate) => candidate.serial === request.unitSerial)!;
      const status = request.cancelledAt ? 'CANCELLED' : request.closedAt ? 'CLOSED' : request.resolvedAt ? 'RESOLVED' : request.acknowledgedAt ? 'ACKNOWLEDGED' : 'NEW';
      await tx.query(
        `INSERT INTO service_requests (id, org_id, code, type, channel, priority, status, customer_id, product_id, unit_id, outlet_id,
           warranty_status, reported_at, acknowledged_at, resolved_at, closed_at, cancelled_at, reopen_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'UNKNOWN', $12, $13, $14, $15, $16, $17)`,
        [request.id, world.orgId, `SR${String(++sequence).padStart(8, '0')}`, request.type, request.channel, request.priority, status,
          world.customerId, unit?.productId ?? product.id, unit?.id ?? null, request.outletId, request.reportedAt, request.acknowledgedAt,
          request.resolvedAt, request.closedAt, request.cancelledAt, request.reopenCount],
      );
      let seq = 0;
      for (const visit of request.visits) {
        await tx.query(
          `INSERT INTO visits (org_id, request_id, seq, technician_id, arrived_at, outcome) VALUES ($1, $2, $3, $4, $5, $6)`,
          [world.orgId, request.id, ++seq, visit.technicianId, visit.arrivedAt, visit.outcome ?? 'NOT_FIXED'],
        );
      }
      for (const returnVisit of request.returnVisits) {
        const closedAt = request.closedAt ?? request.reportedAt;
        await tx.query(
          `INSERT INTO return_visits (org_id, request_id, closed_at, due_at, status, done_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [world.orgId, request.id, closedAt, new Date(closedAt.getTime() + 7 * 86_400_000), returnVisit.completed ? 'DONE' : 'UNREACHABLE', returnVisit.doneAt],
        );
      }
    }
    for (const rating of dataset.ratings) {
      const [{ id: returnVisitId }] = (await tx.query(
        `INSERT INTO return_visits (org_id, request_id, closed_at, due_at, status, cancelled_at) VALUES ($1, $2, $3, $3, 'CANCELLED', $3) RETURNING id`,
        [world.orgId, rating.requestId, rating.submittedAt],
      )) as { id: string }[];
      await tx.query(
        `INSERT INTO survey_responses (id, org_id, request_id, return_visit_id, template_id, source, submitted_at, overall, recommend, factor_scores)
         VALUES ($1, $2, $3, $4, $5, 'RETURN_VISIT', $6, $7, $8, $9::jsonb)`,
        [rating.id, world.orgId, rating.requestId, returnVisitId, rating.factors.length ? world.template.id : null, rating.submittedAt, rating.overall,
          rating.recommend, JSON.stringify(rating.factors.map((factor: KpiFactorScore) => ({ key: factor.factor, score: factor.score })))],
      );
    }
    for (const invitation of dataset.surveyInvitations) {
      await tx.query(
        `INSERT INTO survey_invitations (id, org_id, request_id, template_id, token_hash, sent_at, expires_at, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [invitation.id, world.orgId, invitation.requestId, world.template.id, createHash('sha256').update(randomUUID()).digest('hex'), invitation.sentAt,
          invitation.expiresAt, invitation.answeredAt],
      );
    }
    for (const complaint of dataset.complaints) {
      const status = complaint.closedAt ? 'CLOSED' : complaint.acknowledgedAt ? 'ACKNOWLEDGED' : 'RECEIVED';
      await tx.query(
        `INSERT INTO complaints (id, org_id, code, request_id, customer_id, outlet_id, severity, status, received_at, acknowledged_at, closed_at, customer_accepted)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [complaint.id, world.orgId, `TS${String(++sequence).padStart(8, '0')}`, complaint.requestId, world.customerId, complaint.outletId, complaint.severity,
          status, complaint.receivedAt, complaint.acknowledgedAt, complaint.closedAt, complaint.customerAccepted],
      );
    }
  });
}

async function writeStaff(tx: EntityManager, world: KpiWorld, staff: KpiStaffRecord): Promise<void> {
  await tx.query(`INSERT INTO staff (id, org_id, login, name, role, active) VALUES ($1, $2, $3, $3, $4, $5)`, [
    staff.id, world.orgId, `u${++sequence}`, staff.role, staff.activePeriods.length > 0,
  ]);
  if (staff.outletId) await tx.query(`INSERT INTO staff_outlets (staff_id, outlet_id, org_id) VALUES ($1, $2, $3)`, [staff.id, staff.outletId, world.orgId]);
  for (const qualification of staff.qualifications) {
    await tx.query(
      `INSERT INTO qualifications (org_id, staff_id, certificate_type, certificate_no, issuer, valid_from, valid_until) VALUES ($1, $2, $3, $4, '人社局', $5, $6)`,
      [world.orgId, staff.id, qualification.certificateType, `C${++sequence}`, qualification.validFrom, qualification.validUntil],
    );
  }
  for (const training of staff.trainings) {
    const [{ id }] = (await tx.query(`INSERT INTO trainings (org_id, course, date, hours) VALUES ($1, '安全培训', $2, $3) RETURNING id`, [
      world.orgId, training.date, training.hours,
    ])) as { id: string }[];
    await tx.query(`INSERT INTO training_attendances (org_id, training_id, staff_id) VALUES ($1, $2, $3)`, [world.orgId, id, staff.id]);
  }
}
