import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { idempotencyKeyCommitted, idempotencyKeyInProgress, idempotencyKeyReused } from '../errors/app-errors';

/**
 * Idempotency keys of mutations (header `Idempotency-Key`), per organisation.
 *
 * The first request with a key claims it (a row without response), runs, and stores its answer when
 * it succeeded; a failed attempt releases the claim so the client can retry with the same key. A
 * repeat with the same key and the same request gets the stored answer; with another request, a
 * clear IDEMPOTENCY_KEY_REUSED; while the first is still running, it waits up to `waitMs` and then
 * gets IDEMPOTENCY_KEY_IN_PROGRESS. A claim left without answer for `abandonAfterMs` (the process
 * died before its transaction committed) may be claimed again. A claim whose transaction did commit
 * (committed_at, set inside that transaction) is never run again: if its answer was lost — the
 * database went away after the commit — a repeat gets IDEMPOTENCY_KEY_COMMITTED ("already saved").
 * Keys are kept `retainDays`.
 */
export interface IdempotencyOptions {
  waitMs: number;
  abandonAfterMs: number;
  retainDays: number;
}

// A claim not committed within abandonAfterMs may be taken over by a retry; the first attempt then
// cannot commit any more (AuditContextSubscriber refuses a commit whose claim is gone), so taking
// over never produces a duplicate, at worst wasted work of a very slow first attempt.
export const DEFAULT_IDEMPOTENCY: IdempotencyOptions = { waitMs: 5000, abandonAfterMs: 10_000, retainDays: 7 };

export type IdempotencyClaim = { kind: 'claimed'; id: string } | { kind: 'replay'; response: Record<string, unknown> };

export function requestFingerprint(query: string, variables: unknown): string {
  return createHash('sha256').update(query).update('\n').update(JSON.stringify(variables ?? {})).digest('hex');
}

/** Keys longer than the column are kept as their SHA-256. */
function storedKey(key: string): string {
  return key.length <= 200 ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

export class IdempotencyStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: IdempotencyOptions = DEFAULT_IDEMPOTENCY,
  ) {}

  async claim(orgId: string, key: string, operation: string, fingerprint: string): Promise<IdempotencyClaim> {
    const deadline = Date.now() + this.options.waitMs;
    for (;;) {
      const inserted = (await this.dataSource.query(
        `INSERT INTO idempotency_keys (org_id, key, operation, request_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id, key) DO NOTHING RETURNING id`,
        [orgId, storedKey(key), operation.slice(0, 100), fingerprint],
      )) as { id: string }[];
      if (inserted[0]) return { kind: 'claimed', id: inserted[0].id };
      const [existing] = (await this.dataSource.query(
        `SELECT id, request_hash, response, committed_at IS NOT NULL AS committed,
                (now() - created_at) > ($3 || ' milliseconds')::interval AS abandoned
           FROM idempotency_keys WHERE org_id = $1 AND key = $2`,
        [orgId, storedKey(key), String(this.options.abandonAfterMs)],
      )) as { id: string; request_hash: string; response: Record<string, unknown> | null; committed: boolean; abandoned: boolean }[];
      if (!existing) continue; // released between our insert and select: try again
      if (existing.request_hash !== fingerprint) throw idempotencyKeyReused();
      if (existing.response) return { kind: 'replay', response: existing.response };
      if (existing.committed && Date.now() > deadline) throw idempotencyKeyCommitted();
      if (existing.abandoned && !existing.committed) {
        await this.dataSource.query(`DELETE FROM idempotency_keys WHERE id = $1 AND response IS NULL AND committed_at IS NULL`, [existing.id]);
        continue;
      }
      if (Date.now() > deadline) throw idempotencyKeyInProgress();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async complete(claimId: string, response: Record<string, unknown>): Promise<void> {
    await this.dataSource.query(`UPDATE idempotency_keys SET response = $2 WHERE id = $1`, [claimId, JSON.stringify(response)]);
  }

  async release(claimId: string): Promise<void> {
    // A claim whose transaction committed stays: the write happened even if the answer failed after it.
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE id = $1 AND response IS NULL AND committed_at IS NULL`, [claimId]);
  }

  async purgeExpired(): Promise<number> {
    // TypeORM answers a DELETE with [rows, affected count].
    const result = (await this.dataSource.query(`DELETE FROM idempotency_keys WHERE created_at < now() - ($1 || ' days')::interval`, [
      String(this.options.retainDays),
    ])) as [unknown, number];
    return result[1] ?? 0;
  }
}
