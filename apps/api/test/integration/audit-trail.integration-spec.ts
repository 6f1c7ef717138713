import { Client } from 'pg';
import { runCli } from '../../../../tools/testing/cli-process';
import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The audit trail over real components: writes through the API are captured with actor and operation;
 * `stardesk audit verify` (the real CLI) accepts an untouched chain and names the first broken link
 * when a row is changed, inserted or deleted with plain SQL, i.e. without the product's audit key.
 */
const CREATE = `
  mutation Create($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) { id code }
  }`;

let app: TestApp;
const orgs: Record<string, GivenOrganisation> = {};

function input(org: GivenOrganisation, name = '王芳'): Record<string, unknown> {
  return {
    type: 'REPAIR',
    channel: 'HOTLINE',
    priority: 'HIGH',
    outletId: org.outletIds['SH-01'],
    productId: org.productIds['KFR-35GW'],
    customerName: name,
    customerPhone: '138 0013 8000',
    faultDescription: '空调不制冷',
  };
}

async function createRequests(code: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await app.graphql<{ createServiceRequest: { id: string } }>(CREATE, { input: input(orgs[code]!, `客户${i}`) }, { 'x-org-code': code });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    ids.push(result.data!.createServiceRequest.id);
  }
  return ids;
}

function verify(code: string): ReturnType<typeof runCli> {
  return runCli(['audit', 'verify', '--org', code], { DATABASE_URL: app.database.url, STARDESK_LOCALE: 'en' });
}

/** A session of someone with database access but not StarDesk: no audit key on the connection. */
async function asIntruder(work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: app.database.url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  app = await startTestApp();
  for (const code of ['ACME', 'CHANGED', 'EDITED', 'DELETED', 'FORGED', 'SQLDEL']) {
    orgs[code] = await anOrganisation(code).withOutlet('SH-01').withProduct('KFR-35GW', '空调', 72).create(app.database.dataSource);
  }
}, 60_000);

afterAll(async () => {
  await app?.close();
});

describe('capture', () => {
  it('records each row a mutation writes, with operation, before and after, and verify accepts the chain', async () => {
    const [id] = await createRequests('ACME', 2);
    const entries = (await app.database.dataSource.query(
      `SELECT entity, action, operation, actor, before, after FROM audit_log WHERE entity = 'service_requests' AND entity_id = $1`,
      [id],
    )) as { entity: string; action: string; operation: string; actor: string | null; before: unknown; after: { id: string; org_id: string } }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'INSERT', operation: 'graphql createServiceRequest', before: null });
    expect(entries[0]!.after).toMatchObject({ id, org_id: orgs['ACME']!.organisation.id });
    // The actor is the signed-in staff member (the harness signs in as harness.admin).
    const [admin] = (await app.database.dataSource.query(`SELECT id FROM staff WHERE org_id = $1 AND login = 'harness.admin'`, [
      orgs['ACME']!.organisation.id,
    ])) as { id: string }[];
    expect(entries[0]!.actor).toBe(admin!.id);
    const events = (await app.database.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'service_request_events' AND after->>'request_id' = $1`,
      [id],
    )) as { n: number }[];
    expect(events[0]!.n).toBeGreaterThanOrEqual(1);

    const result = await verify('ACME');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ACME: OK, \d+ sealed entries/m);
  });

  it('covers every business table: each table with an org_id has the capture trigger', async () => {
    const missing = (await app.database.dataSource.query(`
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
         AND c.relname NOT IN ('audit_log', 'audit_chain_heads', 'idempotency_keys') AND c.relname NOT LIKE 'kpi\\_%'
         AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'audit_capture')`)) as { relname: string }[];
    expect(missing.map((row) => row.relname)).toEqual([]);
  });

  it('refuses to change or delete an entry through SQL while the guard is on', async () => {
    await asIntruder(async (client) => {
      await expect(client.query(`DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)`)).rejects.toThrow(/append-only/);
      await expect(client.query(`UPDATE audit_log SET actor = 'x' WHERE id = (SELECT min(id) FROM audit_log)`)).rejects.toThrow(/append-only/);
    });
  });
});

describe('audit verify finds what was done behind the product\'s back', () => {
  it('a business row changed with SQL: its captured entry carries no valid MAC', async () => {
    const [id] = await createRequests('CHANGED', 3);
    expect((await verify('CHANGED')).code).toBe(0);
    await asIntruder((client) => client.query(`UPDATE service_requests SET priority = 'LOW' WHERE id = $1`, [id]));
    const result = await verify('CHANGED');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`service_requests ${id}`);
    expect(result.stdout).toMatch(/CHANGED: BROKEN .*entry MAC mismatch/);
  });

  it('a business row deleted with SQL is named too', async () => {
    const ids = await createRequests('SQLDEL', 1);
    expect((await verify('SQLDEL')).code).toBe(0);
    await asIntruder(async (client) => {
      await client.query(`DELETE FROM service_request_events WHERE request_id = $1`, [ids[0]]);
    });
    const result = await verify('SQLDEL');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/SQLDEL: BROKEN .*service_request_events/);
  });

  it('an entry edited (guard disabled): the first broken link is that entry', async () => {
    await createRequests('EDITED', 3);
    expect((await verify('EDITED')).code).toBe(0);
    const [target] = (await app.database.dataSource.query(
      `SELECT id, chain_seq FROM audit_log WHERE org_id = $1 AND entity = 'service_requests' ORDER BY chain_seq LIMIT 1 OFFSET 1`,
      [orgs['EDITED']!.organisation.id],
    )) as { id: string; chain_seq: string }[];
    await asIntruder(async (client) => {
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_guard');
      await client.query(`UPDATE audit_log SET after = jsonb_set(after, '{priority}', '"LOW"') WHERE id = $1`, [target!.id]);
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_guard');
      await client.query('COMMIT');
    });
    const result = await verify('EDITED');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`#${target!.chain_seq} audit_log.id=${target!.id}`);
    expect(result.stdout).toContain('entry MAC mismatch');
  });

  it('an entry deleted (guard disabled): the chain has a gap where it was', async () => {
    await createRequests('DELETED', 3);
    expect((await verify('DELETED')).code).toBe(0);
    const [target] = (await app.database.dataSource.query(
      `SELECT id, chain_seq FROM audit_log WHERE org_id = $1 AND chain_seq IS NOT NULL ORDER BY chain_seq LIMIT 1 OFFSET 1`,
      [orgs['DELETED']!.organisation.id],
    )) as { id: string; chain_seq: string }[];
    await asIntruder(async (client) => {
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_guard');
      await client.query(`DELETE FROM audit_log WHERE id = $1`, [target!.id]);
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_guard');
      await client.query('COMMIT');
    });
    const result = await verify('DELETED');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`#${target!.chain_seq}`);
    expect(result.stdout).toContain('missing entry');
  });

  it('an entry inserted with SQL cannot carry a valid MAC', async () => {
    await createRequests('FORGED', 2);
    expect((await verify('FORGED')).code).toBe(0);
    await asIntruder((client) =>
      client.query(
        `INSERT INTO audit_log (org_id, tx_id, actor, operation, entity, entity_id, action, before, after, row_mac)
         SELECT org_id, tx_id, actor, operation, entity, gen_random_uuid()::text, action, before, after, row_mac
           FROM audit_log WHERE org_id = $1 ORDER BY id DESC LIMIT 1`,
        [orgs['FORGED']!.organisation.id],
      ),
    );
    const result = await verify('FORGED');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('entry MAC mismatch');
    // The other organisations' chains are unaffected.
    expect((await verify('ACME')).code).toBe(0);
  });
});
