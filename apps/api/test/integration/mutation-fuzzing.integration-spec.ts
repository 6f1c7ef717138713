import fc from 'fast-check';
import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type TestApp, type TestSession } from '../support/test-app';

/**
 * Bounded fuzzing (fast-check) of mutation inputs over the real API: odd strings (control characters,
 * emoji, SQL and very long text), wrong ids, out-of-range numbers and stale versions. Whatever comes in:
 * an answer with a stable error code or a result, never an internal error or a stack trace, and no row
 * that breaks a domain rule. Every run is recorded by the audit trail like any other write.
 */
const CREATE = `
  mutation Create($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) { id code status customer { name phone } }
  }`;
const UPDATE_OUTLET = `
  mutation Update($input: UpdateOutletInput!) {
    updateOutlet(input: $input) { id version name }
  }`;

const EXPECTED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_STATE', 'GRAPHQL_VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE']);

let app: TestApp;
let acme: GivenOrganisation;
let admin: TestSession;

const oddText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', "'; DROP TABLE service_requests; --", '王芳😀', '\u202e', 'a'.repeat(5000), '138 0013 8000', '+86 138-0013-8000'),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> => fc.oneof(arbitrary, fc.constant(null), fc.constant(undefined));

async function send(query: string, input: Record<string, unknown>): Promise<{ status: number; body: string }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...admin.headers },
    body: JSON.stringify({ query, variables: { input } }),
  });
  return { status: response.status, body: await response.text() };
}

function expectNoInternalError(answer: { status: number; body: string }): void {
  expect(answer.status).toBeLessThan(500);
  expect(answer.body).not.toMatch(/stacktrace|INTERNAL_SERVER_ERROR|at \S+\.js:\d+/);
  const json = JSON.parse(answer.body) as { errors?: { extensions?: { code?: string } }[] };
  for (const error of json.errors ?? []) expect(EXPECTED_CODES).toContain(error.extensions?.code);
}

beforeAll(async () => {
  app = await startTestApp({ env: { STARDESK_MUTATION_RATE: '0' } });
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW', '空调', 72).create(app.database.dataSource);
  admin = await app.signIn('ACME');
}, 60_000);

afterAll(async () => {
  await app?.close();
});

it('createServiceRequest: any input gets a result or a stable error, and stored requests keep the rules', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.record(
        {
          type: maybe(fc.constantFrom('REPAIR', 'INSTALLATION', 'CONSULTATION', 'NOPE')),
          channel: maybe(fc.constantFrom('HOTLINE', 'APP', 'WALK_IN', 'x')),
          priority: maybe(fc.constantFrom('HIGH', 'NORMAL', 'LOW')),
          outletId: maybe(fc.oneof(fc.constant(acme.outletIds['SH-01']), fc.uuid(), oddText)),
          productId: maybe(fc.oneof(fc.constant(acme.productIds['KFR-35GW']), fc.uuid(), oddText)),
          customerName: maybe(oddText),
          customerPhone: maybe(oddText),
          customerAddress: maybe(oddText),
          serialNo: maybe(oddText),
          purchaseDate: maybe(fc.oneof(fc.constantFrom('2025-02-29', '2024-02-29', '1900-01-01', '2999-12-31', 'yesterday'), oddText)),
          faultDescription: maybe(oddText),
          reportedAt: maybe(fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), oddText)),
        },
        { requiredKeys: [] },
      ),
      async (input) => {
        expectNoInternalError(await send(CREATE, input as Record<string, unknown>));
      },
    ),
    { numRuns: 60, seed: 27922 },
  );
  const broken = (await app.database.dataSource.query(`
    SELECT r.id FROM service_requests r
      JOIN customers c ON c.id = r.customer_id
      JOIN outlets o ON o.id = r.outlet_id
     WHERE o.org_id <> r.org_id OR c.org_id <> r.org_id OR btrim(c.name) = '' OR btrim(c.phone) = ''
        OR r.status <> 'NEW'
        OR NOT EXISTS (SELECT 1 FROM service_request_events e WHERE e.request_id = r.id)`)) as unknown[];
  expect(broken).toEqual([]);
}, 180_000);

it('updateOutlet: stale versions are CONFLICT, odd values are field errors, the version only grows on success', async () => {
  const outletId = acme.outletIds['SH-01']!;
  await fc.assert(
    fc.asyncProperty(
      fc.record(
        {
          expectedVersion: maybe(fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constant(2 ** 31 - 1))),
          name: maybe(oddText),
          city: maybe(oddText),
          code: maybe(oddText),
          kind: maybe(fc.constantFrom('OWN', 'PARTNER', 'BOGUS')),
          active: maybe(fc.boolean()),
        },
        { requiredKeys: [] },
      ),
      async (changes) => {
        const [before] = (await app.database.dataSource.query(`SELECT version FROM outlets WHERE id = $1`, [outletId])) as { version: number }[];
        const answer = await send(UPDATE_OUTLET, { id: outletId, ...changes });
        expectNoInternalError(answer);
        const json = JSON.parse(answer.body) as { data?: { updateOutlet?: { version: number } } | null; errors?: { extensions?: { code?: string } }[] };
        const [after] = (await app.database.dataSource.query(`SELECT version, name, code FROM outlets WHERE id = $1`, [outletId])) as {
          version: number;
          name: string;
          code: string;
        }[];
        if (json.data?.updateOutlet) {
          expect(changes.expectedVersion).toBe(before!.version);
          expect(after!.version).toBeGreaterThanOrEqual(before!.version);
        } else {
          expect(after!.version).toBe(before!.version);
          if (typeof changes.expectedVersion === 'number' && changes.expectedVersion !== before!.version && json.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT') {
            expect(json.errors?.[0]?.extensions?.code).toBe('CONFLICT');
          }
        }
        expect(after!.name.trim()).not.toBe('');
        expect(after!.code.trim()).not.toBe('');
      },
    ),
    { numRuns: 60, seed: 27922 },
  );
}, 180_000);
