import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const test = globalThis.__STARDESK_TEST_PG__;
  if (!test) return;
  await test.server.stop();
  rmSync(test.dataDir, { recursive: true, force: true });
}
