import { localDateOf, type StaffRole } from '@stardesk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganisationEntity } from '../entities';
import { createOrganisation, purgeOrganisation } from '../organisations/organisation-store';
import { upsertUserAccount } from '../accounts/account-store';
import { fillNextRepairs } from '../kpi/kpi-bulk-facts';
import { rebuildKpiRollups } from '../kpi/kpi-rollups';
import { SetAsideIndexes } from './bulk-indexes';
import { CopyWriter } from './copy-writer';
import { generateActivity } from './demo-activity';
import { CodeCounter, DemoActivityWriter } from './demo-activity-writer';
import { DEMO_ORGANISATION, DEMO_OUTLETS, DEMO_PRODUCTS, DEMO_REGIONS, GIVEN_NAMES, SURNAMES, type DemoOutlet } from './demo-catalogue';
import { dispatcherLogin, generateDemoDays, technicianLogin } from './demo-generator';
import { demoNetwork } from './demo-network';
import { writeDemoPeople, type DemoStaffMember } from './demo-people';
import { demoFactRows } from './demo-facts';
import { DEMO_COPY_TABLES, type DemoTable } from './demo-tables';
import { SeededRandom } from './random';

export interface DemoSeedOptions {
  /** Roughly how many requests a year of history holds, over all organisations. */
  requests?: number;
  seed?: number;
  now?: Date;
  /** Organisations to generate: DEMO, then DEMO-02, DEMO-03, … sharing the requests. */
  orgs?: number;
  /** Load with row triggers off (superuser only; see loadsWithoutRowTriggers); by default above 100,000 requests. */
  bulk?: boolean;
  /** Called after each generated day with the requests written so far and the total expected. */
  onProgress?: (done: number, expected: number) => void;
}

export interface DemoSeedSummary {
  organisationCode: string;
  organisations: number;
  outlets: number;
  staff: number;
  customers: number;
  requests: number;
  events: number;
  visits: number;
  complaints: number;
  returnVisits: number;
  /** Rows written per table. */
  rows: Record<string, number>;
  /** Wall seconds of each step (generating and loading, building indexes, KPI facts and rollups, statistics): where a large seed's time goes. */
  seconds: Record<string, number>;
}

/** Times the steps of a seed into `into` (seconds, one decimal). */
function stepTimer(into: Record<string, number>): <T>(step: string, work: () => Promise<T>) => Promise<T> {
  return async (step, work) => {
    const startedAt = performance.now();
    try {
      return await work();
    } finally {
      into[step] = Math.round((into[step] ?? 0) * 10 + (performance.now() - startedAt) / 100) / 10;
    }
  };
}

/**
 * The demo organisation's sign-ins: one user per role (the seeded staff members of those logins), all
 * with this password. Printed in the start-up banner; never used for any other organisation.
 */
export const DEMO_PASSWORD = 'stardesk-demo-2026';
export const DEMO_USERS: readonly { login: string; role: StaffRole }[] = [
  { login: 'admin', role: 'ADMIN' },
  { login: 'manager', role: 'MANAGER' },
  { login: dispatcherLogin(DEMO_OUTLETS[0]!), role: 'DISPATCHER' },
  { login: technicianLogin(DEMO_OUTLETS[0]!, 0), role: 'TECHNICIAN' },
  { login: 'auditor', role: 'AUDITOR' },
];

/** The demo users that still exist (the banner lists them on every start of a database holding DEMO). */
export async function demoLogins(dataSource: DataSource): Promise<{ login: string; role: string }[]> {
  return dataSource.query(
    `SELECT s.login, s.role FROM user_accounts a JOIN staff s ON s.id = a.staff_id JOIN organisations o ON o.id = a.org_id
      WHERE o.code = $1 AND s.login = ANY($2) AND s.active
      ORDER BY array_position($2, s.login::text)`,
    [DEMO_ORGANISATION.code, DEMO_USERS.map((user) => user.login)],
  );
}

type StaffSpec = DemoStaffMember & { name: string; outletCodes: string[] };

function staffOf(random: SeededRandom, outlets: readonly DemoOutlet[]): StaffSpec[] {
  const name = (): string => random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
  const all = outlets.map((outlet) => outlet.code);
  const staff: StaffSpec[] = [
    { id: random.uuid(), login: 'admin', name: name(), role: 'ADMIN', outletCodes: [] },
    { id: random.uuid(), login: 'manager', name: name(), role: 'MANAGER', outletCodes: all },
    { id: random.uuid(), login: 'auditor', name: name(), role: 'AUDITOR', outletCodes: [] },
  ];
  for (const outlet of outlets) {
    staff.push({ id: random.uuid(), login: dispatcherLogin(outlet), name: name(), role: 'DISPATCHER', outletCodes: [outlet.code] });
    for (let index = 0; index < outlet.technicians; index++) {
      staff.push({ id: random.uuid(), login: technicianLogin(outlet, index), name: name(), role: 'TECHNICIAN', outletCodes: [outlet.code] });
    }
  }
  return staff;
}

function writeMasterData(copy: CopyWriter, orgId: string, outlets: readonly DemoOutlet[], random: SeededRandom) {
  const regionIds = new Map(DEMO_REGIONS.map((region) => [region.code, random.uuid()]));
  for (const region of DEMO_REGIONS) copy.add('regions', [regionIds.get(region.code)!, orgId, region.code, region.name]);
  const outletIds = new Map(outlets.map((outlet) => [outlet.code, random.uuid()]));
  for (const o of outlets) copy.add('outlets', [outletIds.get(o.code)!, orgId, regionIds.get(o.region)!, o.code, o.name, o.kind, o.city, `${o.city}市${o.district}`]);
  const staff = staffOf(random, outlets);
  for (const s of staff) {
    copy.add('staff', [s.id, orgId, s.login, s.name, s.role]);
    for (const code of s.outletCodes) copy.add('staff_outlets', [s.id, outletIds.get(code)!, orgId]);
  }
  const productIds = new Map(DEMO_PRODUCTS.map((product) => [product.model, random.uuid()]));
  for (const p of DEMO_PRODUCTS) copy.add('products', [productIds.get(p.model)!, orgId, p.model, p.name, p.category, p.warrantyMonths, p.hazardous]);
  return { outletIds, productIds, staff };
}

function organisationDraft(index: number) {
  if (index === 0) return DEMO_ORGANISATION;
  const number = String(index + 1).padStart(2, '0');
  return { ...DEMO_ORGANISATION, code: `${DEMO_ORGANISATION.code}-${number}`, name: `${DEMO_ORGANISATION.name}（${number}）`, creditCode: null };
}

/**
 * (Re-)creates the demo organisations with about a year of believable history, generated a day at a
 * time and streamed to PostgreSQL with COPY. Everything happens in one transaction: a failed seed
 * leaves the previous demo data in place.
 */
export async function seedDemo(dataSource: DataSource, options: DemoSeedOptions = {}): Promise<DemoSeedSummary> {
  const now = options.now ?? new Date();
  const seed = options.seed ?? 27922;
  const orgs = options.orgs ?? 1;
  const requestsPerOrg = Math.max(1, Math.round((options.requests ?? 6000) / orgs));
  const summary: DemoSeedSummary = {
    organisationCode: DEMO_ORGANISATION.code, organisations: orgs, outlets: 0, staff: 0, customers: 0, requests: 0, events: 0, visits: 0, complaints: 0, returnVisits: 0, rows: {}, seconds: {},
  };
  const step = stepTimer(summary.seconds);

  await dataSource.transaction(async (tx) => {
    const withoutRowTriggers = await loadsWithoutRowTriggers(tx, options.bulk ?? requestsPerOrg * orgs > BULK_LOAD_REQUESTS);
    const copy = await CopyWriter.open(tx, DEMO_COPY_TABLES);
    // Replaced up front: the purge of a previous seed deletes through the indexes a bulk load sets aside.
    const orgIds: string[] = [];
    for (let index = 0; index < orgs; index++) orgIds.push(await replaceOrganisation(tx, organisationDraft(index)));
    const setAside = withoutRowTriggers ? await SetAsideIndexes.drop(tx, BULK_LOADED_TABLES) : null;
    await step('load', async () => {
      for (const [index, orgId] of orgIds.entries()) {
        const orgSeed = seed + index * 7919;
        await seedOrganisation(tx, copy, orgId, { now, seed: orgSeed, requests: requestsPerOrg, demoUsers: index === 0, withoutRowTriggers }, summary, (done) =>
          options.onProgress?.(index * requestsPerOrg + done, orgs * requestsPerOrg));
      }
      summary.rows = Object.fromEntries(await copy.close());
    });
    if (setAside) await step('indexes', () => setAside.restore(tx));
    for (const orgId of orgIds) {
      // A bulk load wrote the facts but for the next repairs (see demo-facts.ts); with the triggers on, they kept
      // the facts. Either way the rollups start from one pass over the facts.
      if (withoutRowTriggers) await step('next repairs', () => fillNextRepairs(tx, orgId));
      await step('rollups', () => rebuildKpiRollups(tx, orgId));
    }
  });
  // Fresh statistics, so the first dashboard query after a large seed gets a good plan.
  await step('analyze', () => dataSource.query('ANALYZE'));
  return summary;
}

async function replaceOrganisation(tx: EntityManager, draft: ReturnType<typeof organisationDraft>): Promise<string> {
  const existing = await tx.getRepository(OrganisationEntity).findOneBy({ code: draft.code });
  if (existing) await purgeOrganisation(tx, existing.id);
  return (await createOrganisation(tx, draft)).id;
}

/** The tables a bulk seed fills with most rows: their plain indexes are built after the load (see SetAsideIndexes). */
const BULK_LOADED_TABLES: readonly DemoTable[] = [
  'customers', 'product_units', 'service_requests', 'service_request_events', 'visits', 'stock_movements', 'complaints', 'complaint_events',
  'return_visits', 'return_visit_attempts', 'survey_responses', 'kpi_request_facts',
];

/** Above this many requests a seed is a benchmark data set, loaded the fast way (see loadsWithoutRowTriggers). */
const BULK_LOAD_REQUESTS = 100_000;

/**
 * Row triggers (foreign-key checks, the audit trail, KPI facts) dominate a bulk load: pg_restore's
 * --disable-triggers skips them for the same reason. The generator writes consistent rows by
 * construction, so a benchmark-sized load by a superuser (as with the embedded server) runs with row
 * triggers off for this transaction only, writes the KPI facts itself (demo-facts.ts) and builds the
 * big tables' indexes after the data (SetAsideIndexes); it is not in the audit trail. The demo and
 * everything smaller keep every trigger: checked, audited, facts maintained.
 */
async function loadsWithoutRowTriggers(tx: EntityManager, bulk: boolean): Promise<boolean> {
  if (!bulk) return false;
  const [{ superuser }]: { superuser: boolean }[] = await tx.query('SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user');
  if (superuser) await tx.query('SET LOCAL session_replication_role = replica');
  return superuser;
}

async function seedOrganisation(
  tx: EntityManager, copy: CopyWriter, orgId: string, options: { now: Date; seed: number; requests: number; demoUsers: boolean; withoutRowTriggers: boolean }, summary: DemoSeedSummary,
  onProgress: (done: number) => void,
): Promise<void> {
  const { now, seed } = options;
  const timeZone = DEMO_ORGANISATION.timeZone;
  const random = new SeededRandom(seed);
  const outlets = demoNetwork(options.requests, seed + 4);
  const { outletIds, productIds, staff } = writeMasterData(copy, orgId, outlets, random);
  const staffIds = new Map(staff.map((s) => [s.login, s.id]));
  summary.outlets += outlets.length;
  summary.staff += staff.length;
  writeDemoPeople(copy, orgId, staff, now, timeZone, seed + 5);
  if (options.demoUsers) {
    // Accounts attach to staff rows, so those must be in before the sign-ins are made.
    await copy.settle();
    for (const user of DEMO_USERS) {
      await upsertUserAccount(tx, { orgCode: DEMO_ORGANISATION.code, login: user.login, role: user.role, outletCodes: [], password: DEMO_PASSWORD });
    }
  }

  const requestCodes = await CodeCounter.start(tx, 'service_request_code_seq');
  const complaintCodes = await CodeCounter.start(tx, 'complaint_code_seq');
  const ids = { orgId, timeZone, outletIds, staffIds, yearStart: new Date(now.getTime() - 366 * 86_400_000) };
  const activity = new DemoActivityWriter(tx, copy, ids, complaintCodes, seed + 3);
  await activity.begin();
  const activityRandom = new SeededRandom(seed + 2);
  const categoryOf = (model: string): string => DEMO_PRODUCTS.find((product) => product.model === model)!.category;
  const factIds = { orgId, outletIds, productIds, staffIds };
  let done = 0;
  for (const day of generateDemoDays({ seed: seed + 1, requests: options.requests, now, timeZone, outlets })) {
    for (const c of day.customers) copy.add('customers', [c.id, orgId, c.name, c.phone, c.address, c.createdAt]);
    for (const u of day.units) copy.add('product_units', [u.id, orgId, productIds.get(u.productModel)!, u.customerId, u.serialNo, u.purchaseDate, u.warrantyEnd]);
    for (const r of day.requests) copy.add('service_requests', [
      r.id, orgId, `SR${localDateOf(r.reportedAt, timeZone).replace(/-/g, '')}-${requestCodes.next()}`, r.type, r.channel, r.priority, r.status, r.customerId,
      productIds.get(r.productModel)!, r.unitId, outletIds.get(r.outletCode)!, r.faultDescription, r.warrantyStatus, r.reportedAt,
      r.acknowledgedAt, r.resolvedAt, r.closedAt, r.cancelledAt, r.reopenCount, r.reportedAt, r.closedAt ?? r.resolvedAt ?? r.reportedAt,
      r.technicianLogin ? staffIds.get(r.technicianLogin)! : null,
    ]);
    for (const e of day.events) copy.add('service_request_events', [e.id, orgId, e.requestId, e.from, e.to, e.at, e.actorLogin ? staffIds.get(e.actorLogin)! : null, e.note]);
    const work = generateActivity(day, categoryOf, activityRandom, now);
    const ratings = activity.writeDay(day, work);
    if (options.withoutRowTriggers) for (const fact of demoFactRows(day, work, ratings, factIds)) copy.add('kpi_request_facts', fact);
    await copy.flushIfFull();

    summary.customers += day.customers.length;
    summary.requests += day.requests.length;
    summary.events += day.events.length;
    summary.visits += work.visits.length;
    summary.complaints += work.complaints.length;
    summary.returnVisits += work.returnVisits.length;
    done += day.requests.length;
    onProgress(done);
  }
  activity.finish();
  await copy.settle();
  await requestCodes.finish(tx);
  await complaintCodes.finish(tx);
}

/** The embedded default seeds the demo on the very first start, when no organisation exists yet. */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(OrganisationEntity).count()) === 0;
}
