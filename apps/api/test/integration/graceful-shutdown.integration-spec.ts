import { readFileSync } from 'node:fs';
import { createOrganisation } from '@stardesk/database';
import { anImportSet } from '../../../../tools/testing/import-set.factory';
import { startTestApp, type TestApp } from '../support/test-app';

/** SIGTERM while a long mutation runs: the mutation finishes and answers, then the process exits 0. */
const IMPORT = `
  mutation Import($files: [ImportFileInput!]!) {
    importRecords(files: $files) { accepted counts { type inserted } }
  }`;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await createOrganisation(app.database.dataSource, { code: 'ACME', name: '优雅停机', timeZone: 'Asia/Shanghai' });
}, 60_000);

afterAll(async () => {
  await app?.close();
});

it('finishes the in-flight import and commits it before exiting', async () => {
  const files = anImportSet()
    .without('visits', 'complaints', 'return_visits', 'qualifications', 'trainings', 'staff')
    .change('service_requests', (table) => {
      for (let i = 0; i < 3000; i++) table.row({ code: `SR-T-${String(i).padStart(6, '0')}`, serial_no: '' });
      return table;
    })
    .writeCsv()
    .map((file) => ({ name: file.split('/').pop(), contentBase64: readFileSync(file).toString('base64') }));
  // The harness signs in on the organisation's first call: do it now, so the import is what is in flight.
  await app.graphql('{ me { id } }', {}, { 'x-org-code': 'ACME' });
  const pending = app.graphql<{ importRecords: { accepted: boolean; counts: { type: string; inserted: number }[] } }>(IMPORT, { files }, { 'x-org-code': 'ACME' });
  // Signal once the import's transaction has started writing.
  for (;;) {
    const [row] = (await app.database.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'stardesk-api' AND backend_xid IS NOT NULL`,
    )) as { n: number }[];
    if (row!.n > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const exited = new Promise<number | null>((resolve) => app.api.process.once('exit', (code) => resolve(code)));
  app.api.process.kill('SIGTERM');
  const answer = await pending;
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.importRecords.accepted).toBe(true);
  expect(await exited).toBe(0);
  const [row] = (await app.database.dataSource.query(`SELECT count(*)::int AS n FROM service_requests`)) as { n: number }[];
  expect(row!.n).toBe(3000);
}, 120_000);
