import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';
import { seedDemo } from '../seed/demo-seed';
import { buildEvidencePackage, type EvidencePackageProgress } from './build-evidence-package';
import { resolveSigningKey } from './signing-key';
import { verifyEvidencePackage } from './verify-evidence-package';

/**
 * Memory stays bounded whatever the period: every record set is read through a cursor a page at a
 * time and streamed into the ZIP with back-pressure. Shown without timing anything: while the
 * package's output takes nothing, the build reads only what the streams' buffers hold, a part of the
 * period's rows fixed in bytes; once the output flows, the same build completes and verifies.
 */
let database: TestDatabase;
let orgId: string;
const directory = mkdtempSync(path.join(tmpdir(), 'stardesk-evidence-stream-'));

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.dataSource, { requests: 4000, seed: 7, now: new Date('2026-07-01T00:00:00+08:00') });
  [{ id: orgId }] = (await database.dataSource.query(`SELECT id FROM organisations WHERE code = 'DEMO'`)) as { id: string }[];
}, 240_000);
afterAll(async () => database?.drop());

/** An output that holds every write until released (a client that stopped reading), then keeps what it gets. */
class HeldOutput extends Writable {
  readonly chunks: Buffer[] = [];
  private held: (() => void)[] = [];
  private flowing = false;

  constructor() {
    super({ highWaterMark: 1024 });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const take = (): void => {
      this.chunks.push(chunk);
      callback();
    };
    if (this.flowing) take();
    else this.held.push(take);
  }

  release(): void {
    this.flowing = true;
    for (const take of this.held.splice(0)) take();
  }
}

/** Resolves once `read()` has not changed for `quietMs` (the build is waiting on its output). */
async function settled(read: () => number, quietMs = 1500): Promise<number> {
  let last = -1;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = read();
    if (now === last) return now;
    last = now;
  }
}

it('reads only what the buffers hold while the output takes nothing, then completes and verifies', async () => {
  const out = new HeldOutput();
  let progress: EvidencePackageProgress = { done: 0, total: 0, stage: '' };
  const build = buildEvidencePackage(
    database.dataSource,
    { orgId, from: '2025-07-01', to: '2026-06-30', signingKey: resolveSigningKey({}, directory), filesDir: directory, pageSize: 50 },
    out,
    (update) => (progress = update),
  );
  build.catch(() => undefined);

  const readWhileHeld = await settled(() => progress.done);
  expect(progress.total).toBeGreaterThan(12_000);
  expect(progress.stage).toBe('records');
  expect(readWhileHeld).toBeGreaterThan(0);

  out.release();
  const summary = await build;
  expect(summary.rows['records/service-requests.csv']).toBeGreaterThan(3000);
  // The streams between the rows and the output hold about a megabyte of CSV (package-zip.spec.ts):
  // some 6 000 rows here, and the same at a million requests.
  expect(readWhileHeld).toBeLessThan(progress.total / 2);
  const file = path.join(directory, 'package.zip');
  writeFileSync(file, Buffer.concat(out.chunks));
  const verification = await verifyEvidencePackage(file);
  expect(verification).toMatchObject({ ok: true, changed: [], added: [], removed: [] });
}, 240_000);
