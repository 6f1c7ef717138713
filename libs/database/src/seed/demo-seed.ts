import { localDateOf, type StaffRole } from '@stardesk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganisationEntity } from '../entities';
import { createOrganisation, purgeOrganisation } from '../organisations/organisation-store';
import { upsertUserAccount } from '../accounts/account-store';
import { bulkInsert } from './bulk-insert';
import { DEMO_ORGANISATION, DEMO_OUTLETS, DEMO_PRODUCTS, DEMO_REGIONS, GIVEN_NAMES, SURNAMES } from './demo-catalogue';
import { generateActivity } from './demo-activity';
import { writeDemoActivity } from './demo-activity-writer';
import { dispatcherLogin, generateDemo, technicianLogin } from './demo-generator';
import { SeededRandom } from './random';

export interface DemoSeedOptions {
  /** Roughly how many requests a year of history holds. */
  requests?: number;
  seed?: number;
  now?: Date;
}

export interface DemoSeedSummary {
  organisationCode: string;
  outlets: number;
  staff: number;
  customers: number;
  requests: number;
  events: number;
  visits: number;
  complaints: number;
  returnVisits: number;
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

type StaffSpec = { id: string; login: string; name: string; role: string; outletCodes: string[] };

function staffOf(random: SeededRandom): StaffSpec[] {
  const name = (): string => random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
  const all = DEMO_OUTLETS.map((outlet) => outlet.code);
  const staff: StaffSpec[] = [
    { id: random.uuid(), login: 'admin', name: name(), role: 'ADMIN', outletCodes: [] },
    { id: random.uuid(), login: 'manager', name: name(), role: 'MANAGER', outletCodes: all },
    { id: random.uuid(), login: 'auditor', name: name(), role: 'AUDITOR', outletCodes: [] },
  ];
  for (const outlet of DEMO_OUTLETS) {
    staff.push({ id: random.uuid(), login: dispatcherLogin(outlet), name: name(), role: 'DISPATCHER', outletCodes: [outlet.code] });
    for (let index = 0; index < outlet.technicians; index++) {
      staff.push({ id: random.uuid(), login: technicianLogin(outlet, index), name: name(), role: 'TECHNICIAN', outletCodes: [outlet.code] });
    }
  }
  return staff;
}

async function writeMasterData(tx: EntityManager, orgId: string, random: SeededRandom) {
  const regionIds = new Map(DEMO_REGIONS.map((region) => [region.code, random.uuid()]));
  await bulkInsert(tx, 'regions', [{ name: 'id', type: 'uuid' }, { name: 'org_id', type: 'uuid' }, { name: 'code', type: 'text' }, { name: 'name', type: 'text' }],
    DEMO_REGIONS.map((region) => [regionIds.get(region.code), orgId, region.code, region.name]));
  const outletIds = new Map(DEMO_OUTLETS.map((outlet) => [outlet.code, random.uuid()]));
  await bulkInsert(tx, 'outlets',
    [{ name: 'id', type: 'uuid' }, { name: 'org_id', type: 'uuid' }, { name: 'region_id', type: 'uuid' }, { name: 'code', type: 'text' }, { name: 'name', type: 'text' }, { name: 'kind', type: 'text' }, { name: 'city', type: 'text' }, { name: 'address', type: 'text' }],
    DEMO_OUTLETS.map((o) => [outletIds.get(o.code), orgId, regionIds.get(o.region), o.code, o.name, o.kind, o.city, `${o.city}市${o.district}`]));
  const staff = staffOf(random);
  await bulkInsert(tx, 'staff',
    [{ name: 'id', type: 'uuid' }, { name: 'org_id', type: 'uuid' }, { name: 'login', type: 'text' }, { name: 'name', type: 'text' }, { name: 'role', type: 'text' }],
    staff.map((s) => [s.id, orgId, s.login, s.name, s.role]));
  await bulkInsert(tx, 'staff_outlets', [{ name: 'staff_id', type: 'uuid' }, { name: 'outlet_id', type: 'uuid' }, { name: 'org_id', type: 'uuid' }],
    staff.flatMap((s) => s.outletCodes.map((code) => [s.id, outletIds.get(code), orgId])));
  const productIds = new Map(DEMO_PRODUCTS.map((product) => [product.model, random.uuid()]));
  await bulkInsert(tx, 'products',
    [{ name: 'id', type: 'uuid' }, { name: 'org_id', type: 'uuid' }, { name: 'model', type: 'text' }, { name: 'name', type: 'text' }, { name: 'category', type: 'text' }, { name: 'warranty_months', type: 'int' }, { name: 'hazardous', type: 'boolean' }],
    DEMO_PRODUCTS.map((p) => [productIds.get(p.model), orgId, p.model, p.name, p.category, p.warrantyMonths, p.hazardous]));
  return { outletIds, productIds, staffIds: new Map(staff.map((s) => [s.login, s.id])), staffCount: staff.length };
}

/**
 * (Re-)creates the demo organisation with about a year of believable history. Everything happens in
 * one transaction: a failed seed leaves the previous demo data in place.
 */
export async function seedDemo(dataSource: DataSource, options: DemoSeedOptions = {}): Promise<DemoSeedSummary> {
  const now = options.now ?? new Date();
  const seed = options.seed ?? 27922;
  const random = new SeededRandom(seed);
  const demo = generateDemo({ seed: seed + 1, requests: options.requests ?? 6000, now, timeZone: DEMO_ORGANISATION.timeZone });

  return dataSource.transaction(async (tx) => {
    const existing = await tx.getRepository(OrganisationEntity).findOneBy({ code: DEMO_ORGANISATION.code });
    if (existing) await purgeOrganisation(tx, existing.id);
    const organisation = await createOrganisation(tx, DEMO_ORGANISATION);
    const orgId = organisation.id;
    const { outletIds, productIds, staffIds, staffCount } = await writeMasterData(tx, orgId, random);
    for (const user of DEMO_USERS) {
      await upsertUserAccount(tx, { orgCode: DEMO_ORGANISATION.code, login: user.login, role: user.role, outletCodes: [], password: DEMO_PASSWORD });
    }

    await bulkInsert(tx, 'customers',
      [{ name: 'id', type: 'uuid' }, { name: 'org_id', type: 'uuid' }, { name: 'name', type: 'text' }, { name: 'phone', type: 'text' }, { name: 'address', type: 'text' }, { name: 'created_at', type: 'timestamptz' }],
      demo.customers.map((c) => [c.id, orgId, c.name, c.phone, c.address, c.createdAt]));
    await bulkInsert(tx, 'product_units',
      [{ name: 'id', type: 'uuid' }, { name: 'org_id', type: 'uuid' }, { name: 'product_id', type: 'uuid' }, { name: 'customer_id', type: 'uuid' }, { name: 'serial_no', type: 'text' }, { name: 'purchase_date', type: 'date' }, { name: 'warranty_end', type: 'date' }],
      demo.units.map((u) => [u.id, orgId, productIds.get(u.productModel), u.customerId, u.serialNo, u.purchaseDate, u.warrantyEnd]));

    const numbers: { n: string }[] = await tx.query(
      `SELECT nextval('service_request_code_seq')::text AS n FROM generate_series(1, $1)`, [demo.requests.length]);
    const codeOf = (reportedAt: Date, index: number): string => {
      const local = localDateOf(reportedAt, DEMO_ORGANISATION.timeZone);
      return `SR${local.replace(/-/g, '')}-${numbers[index]!.n.padStart(6, '0')}`;
    };
    await bulkInsert(tx, 'service_requests',
      [
        { name: 'id', type: 'uuid' }, { name: 'org_id', type: 'uuid' }, { name: 'code', type: 'text' }, { name: 'type', type: 'text' },
        { name: 'channel', type: 'text' }, { name: 'priority', type: 'text' }, { name: 'status', type: 'text' }, { name: 'customer_id', type: 'uuid' },
        { name: 'product_id', type: 'uuid' }, { name: 'unit_id', type: 'uuid' }, { name: 'outlet_id', type: 'uuid' }, { name: 'fault_description', type: 'text' },
        { name: 'warranty_status', type: 'text' }, { name: 'reported_at', type: 'timestamptz' }, { name: 'acknowledged_at', type: 'timestamptz' },
        { name: 'resolved_at', type: 'timestamptz' }, { name: 'closed_at', type: 'timestamptz' }, { name: 'cancelled_at', type: 'timestamptz' },
        { name: 'reopen_count', type: 'int' }, { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
        { name: 'technician_id', type: 'uuid' },
      ],
      demo.requests.map((r, index) => [
        r.id, orgId, codeOf(r.reportedAt, index), r.type, r.channel, r.priority, r.status, r.customerId,
        productIds.get(r.productModel), r.unitId, outletIds.get(r.outletCode), r.faultDescription, r.warrantyStatus, r.reportedAt,
        r.acknowledgedAt, r.resolvedAt, r.closedAt, r.cancelledAt, r.reopenCount, r.reportedAt, r.closedAt ?? r.resolvedAt ?? r.reportedAt,
        r.technicianLogin ? staffIds.get(r.technicianLogin) : null,
      ]));
    await bulkInsert(tx, 'service_request_events',
      [{ name: 'id', type: 'uuid' }, { name: 'org_id', type: 'uuid' }, { name: 'request_id', type: 'uuid' }, { name: 'from_status', type: 'text' }, { name: 'to_status', type: 'text' }, { name: 'at', type: 'timestamptz' }, { name: 'actor_id', type: 'uuid' }, { name: 'note', type: 'text' }],
      demo.events.map((e) => [e.id, orgId, e.requestId, e.from, e.to, e.at, e.actorLogin ? staffIds.get(e.actorLogin) : null, e.note]));

    const categoryOf = (model: string): string => DEMO_PRODUCTS.find((product) => product.model === model)!.category;
    const activity = generateActivity(demo, categoryOf, seed + 2, now);
    await writeDemoActivity(tx, { orgId, timeZone: DEMO_ORGANISATION.timeZone, outletIds, staffIds, yearStart: new Date(now.getTime() - 366 * 86_400_000) }, demo, activity, seed + 3);

    return {
      organisationCode: organisation.code,
      outlets: outletIds.size,
      staff: staffCount,
      customers: demo.customers.length,
      requests: demo.requests.length,
      events: demo.events.length,
      visits: activity.visits.length,
      complaints: activity.complaints.length,
      returnVisits: activity.returnVisits.length,
    };
  });
}

/** The embedded default seeds the demo on the very first start, when no organisation exists yet. */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(OrganisationEntity).count()) === 0;
}
