import { AssessmentEntity, evaluateAutomatically, latestCatalogVersion, referenceEvidenceSources } from '@stardesk/database';
import { assessmentResults, scoreAssessment } from '@stardesk/domain';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';

/** A day `days` before today (UTC), YYYY-MM-DD. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The records of an evidence package that the demo seed does not write: a controlled document with
 * its file in the file store, deliveries, a warranty decision, a take-back, a qualification, a
 * training, an evaluation, an internal audit, a management review, a corrective action and a change
 * notification, all inside the period that starts `from`.
 */
export async function addEvidenceRecords(dataSource: DataSource, orgCode: string, filesDir: string, at: string): Promise<{ orgId: string; documentSha256: string }> {
  const [org] = await dataSource.query<{ id: string }[]>('SELECT id FROM organisations WHERE code = $1', [orgCode]);
  const orgId = org!.id;
  const [staff] = await dataSource.query<{ id: string }[]>(`SELECT id FROM staff WHERE org_id = $1 ORDER BY login LIMIT 1`, [orgId]);
  const [request] = await dataSource.query<{ id: string; outlet_id: string; product_id: string }[]>(
    `SELECT id, outlet_id, product_id FROM service_requests WHERE org_id = $1 AND reported_at >= $2::date ORDER BY reported_at, id LIMIT 1`,
    [orgId, at],
  );
  const content = Buffer.from(`%PDF-1.4\n% 售后服务政策 ${orgCode}\n`, 'utf8');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const stored = path.join(filesDir, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  mkdirSync(path.dirname(stored), { recursive: true });
  writeFileSync(stored, content);
  const [document] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO controlled_documents (org_id, series_id, document_type, title, version_label, status, approved_by, approved_at, effective_from)
     VALUES ($1, gen_random_uuid(), 'SERVICE_POLICY', '售后服务政策', 'A/0', 'APPROVED', $2, now(), '2020-01-01') RETURNING id`,
    [orgId, staff!.id],
  );
  const [attachment] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO attachments (org_id, owner_type, owner_id, purpose, file_name, media_type, size_bytes, sha256)
     VALUES ($1, 'CONTROLLED_DOCUMENT', $2, 'DOCUMENT', '售后服务政策.pdf', 'application/pdf', $3, $4) RETURNING id`,
    [orgId, document!.id, content.length, sha256],
  );
  await dataSource.query('UPDATE controlled_documents SET file_attachment_id = $2, file_sha256 = $3 WHERE id = $1', [document!.id, attachment!.id, sha256]);
  const when = `${at}T03:00:00Z`;
  await dataSource.query(
    `INSERT INTO deliveries (org_id, request_id, kind, status, scheduled_from, scheduled_to, staff_id, done_at, condition, signer_name)
     VALUES ($1, $2, 'INSTALLATION', 'DONE', $3, $3::timestamptz + interval '2 hours', $4, $3::timestamptz + interval '1 hour', 'INTACT', '张三')`,
    [orgId, request!.id, when, staff!.id],
  );
  await dataSource.query(
    `INSERT INTO warranty_decisions (org_id, request_id, decision, reason, in_warranty, derived_warranty_status, decided_by_id, decided_at)
     VALUES ($1, $2, 'REPAIR', '保修期内免费维修', true, 'IN_WARRANTY', $3, $4)`,
    [orgId, request!.id, staff!.id, when],
  );
  await dataSource.query(
    `INSERT INTO take_backs (org_id, outlet_id, product_id, quantity, disposal_method, disposer, certificate_no, collected_at)
     VALUES ($1, $2, $3, 2, 'RECYCLER', '绿色回收有限公司', 'HS-001', $4)`,
    [orgId, request!.outlet_id, request!.product_id, when],
  );
  await dataSource.query(
    `INSERT INTO qualifications (org_id, staff_id, certificate_type, certificate_no, issuer, valid_from, valid_until) VALUES ($1, $2, 'ELECTRICIAN', 'DG-0001', '应急管理局', '2024-01-01', '2030-01-01')
     ON CONFLICT DO NOTHING`,
    [orgId, staff!.id],
  );
  await dataSource.query(`INSERT INTO staff_evaluations (org_id, staff_id, period_from, period_to, attitude, problem_solving, satisfaction, score, evaluator_id)
     VALUES ($1, $2, $3, $3, 5, 4, 5, 93.3, $2)`, [orgId, staff!.id, at]);
  await dataSource.query(`INSERT INTO internal_audits (org_id, title, planned_date, performed_date, status, scope, auditors) VALUES ($1, '年度内审', $2, $2, 'DONE', '售后服务全过程', ARRAY['auditor1'])`, [orgId, at]);
  await dataSource.query(`INSERT INTO management_reviews (org_id, title, review_date, chair, attendees, inputs, decisions) VALUES ($1, '管理评审', $2, '总经理', ARRAY['a','b'], '内审结果', '增加备件库存')`, [orgId, at]);
  await dataSource.query(`INSERT INTO corrective_actions (org_id, source, problem, owner_id, due_date) VALUES ($1, 'AUDIT_FINDING', '回访不及时', $2, $3)`, [orgId, staff!.id, at]);
  await dataSource.query(`INSERT INTO change_notifications (org_id, kind, description, occurred_on, deadline) VALUES ($1, 'ADDRESS', '注册地址变更', $2, $2)`, [orgId, at]);
  return { orgId, documentSha256: sha256 };
}

/** A signed-off assessment of [from, to] (to inclusive) as the API stores one: evaluated, scored, frozen. */
export async function signedOffAssessment(dataSource: DataSource, org: { id: string; code: string }, from: string, to: string): Promise<string> {
  const toExclusive = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const manager = dataSource.manager;
  const version = await latestCatalogVersion(manager, org.id);
  const period = { from, to: toExclusive, timeZone: 'Asia/Shanghai' };
  const { evaluation, documents } = await evaluateAutomatically(
    manager,
    { orgId: org.id, catalog: version.catalog, period, seed: 'evidence-test', now: new Date() },
    referenceEvidenceSources(manager),
  );
  const score = scoreAssessment({ catalog: version.catalog, results: assessmentResults(version.catalog, evaluation, {}), exclusions: [], specialDeductions: [], specialBonuses: [] });
  const row = await dataSource.getRepository(AssessmentEntity).save(
    dataSource.getRepository(AssessmentEntity).create({
      orgId: org.id,
      title: 'evidence test',
      periodFrom: from,
      periodTo: toExclusive,
      timeZone: 'Asia/Shanghai',
      catalogVersionId: version.id,
      sampleSeed: 'evidence-test',
      status: 'SIGNED_OFF',
      automaticEvaluation: evaluation,
      documents,
      judgements: {},
      exclusions: [],
      specialDeductions: [],
      specialBonus: null,
      score: score.score === null ? null : score.score.toFixed(2),
      grade: score.grade?.grade ?? null,
      signedOffScore: score,
      signedOffAt: new Date(),
      signedOffBy: 'tester',
      version: 1,
    }),
  );
  return row.id;
}
