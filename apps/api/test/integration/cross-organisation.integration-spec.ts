import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { graphqlClient } from '../support/graphql-client';
import { openRequest } from '../support/open-request';
import { schemaOperations } from '../support/operations';
import { startTestApp, type TestApp, type TestSession } from '../support/test-app';

/**
 * Organisations never see each other: an administrator of BETA calls every operation of the schema
 * with every ID argument (also the optional ones and those inside inputs) set to ids of ACME's records.
 * No call may return ACME's data, and not one of ACME's rows may change.
 */
let app: TestApp;
let acme: GivenOrganisation;
let beta: TestSession;
const client = graphqlClient(() => app, 'ACME');
const PUBLIC = ['login', 'refreshSession', 'logout', 'surveyByToken', 'submitSurveyResponse'];

async function acmeFingerprint(): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await app.database.dataSource.query(
    // The audit trail is left out: the sealer links ACME's own entries in the background (audit verify checks them).
    `SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'org_id'
        AND table_name NOT IN ('audit_log', 'audit_chain_heads') ORDER BY table_name`,
  );
  const prints: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await app.database.dataSource.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table_name}" t WHERE org_id = $1`, [acme.organisation.id]);
    prints[table_name] = `${row.n}:${row.h}`;
  }
  return prints;
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('acme.tech').create(app.database.dataSource);
  await anOrganisation('BETA').withOutlet('SH-01').withProduct('KFR-35GW').create(app.database.dataSource);
  beta = await app.signIn('BETA');
}, 60_000);
afterAll(() => app?.close());

it('no query or mutation of BETA reaches a row of ACME', async () => {
  const requestId = await openRequest(client, acme);
  await client.must('mutation($input: TransitionServiceRequestInput!) { acknowledgeServiceRequest(input: $input) { id } }', { input: { id: requestId } });
  const [{ customer_id: customerId, code }] = await app.database.dataSource.query('SELECT customer_id, code FROM service_requests WHERE id = $1', [requestId]);
  const ids = [requestId, customerId, acme.outletIds['SH-01']!, acme.productIds['KFR-35GW']!, acme.staffIds['acme.tech']!, acme.organisation.id];
  const before = await acmeFingerprint();

  const leaks: string[] = [];
  const invalid: string[] = [];
  for (const operation of schemaOperations().filter((candidate) => !PUBLIC.includes(candidate.name))) {
    for (const id of ids) {
      const result = await beta.graphql(operation.document, operation.allIdVariables(id));
      if (result.errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') invalid.push(operation.name);
      if (JSON.stringify(result).includes(code)) leaks.push(`${operation.name}(${id})`);
      if (operation.kind === 'query' && operation.document.includes('(id: $id)') && result.data && Object.values(result.data)[0] !== null) leaks.push(`${operation.name}(${id}) answered`);
    }
  }
  expect(leaks).toEqual([]);
  expect(invalid).toEqual([]);
  // the same call as ACME does answer: the test would see a leak
  const own = await app.graphql<{ serviceRequest: { code: string } | null }>('query($id: ID!) { serviceRequest(id: $id) { code } }', { id: requestId }, { 'x-org-code': 'ACME' });
  expect(own.data!.serviceRequest!.code).toBe(code);
  expect(await acmeFingerprint()).toEqual(before);
}, 300_000);
