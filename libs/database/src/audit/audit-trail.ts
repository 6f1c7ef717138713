import type { DataSource } from 'typeorm';
import { auditHmac, chainHash, EMPTY_CHAIN_HASH } from './audit-key';

/**
 * # The audit trail — design
 *
 * **Capture in the database.** Triggers on every business table (every table with an `org_id`, plus
 * `organisations`) write actor, operation, table, primary key, before/after (to_jsonb(OLD/NEW)) and
 * time to `audit_log`: set-based per statement for INSERT and DELETE (transition tables), per row for
 * UPDATE; TRUNCATE of these tables is refused. Being in the database it covers every write the
 * product makes — services, imports, the demo seed, CLI commands — without each code path having to
 * remember it, and it also records writes made with plain SQL. Actor and operation arrive per
 * transaction through set_config(…, true) (AuditContextSubscriber, from an AsyncLocalStorage context
 * opened per HTTP request or CLI command). Bulk paths are covered row by row, not as one summary
 * entry: an auditor can follow any imported row, at the price of one audit row per row.
 *
 * **Keyed MAC per row, chain sealed afterwards.** Each entry carries row_mac = HMAC-SHA256(key, its
 * canonical text), computed in the trigger. The key is a deployment secret (audit-key.ts) that reaches
 * only the product's connections (start-up parameters). A sealer (every second in the API, after
 * each CLI command, and before `audit verify`) links entries of finished transactions into each
 * organisation's chain: hash = HMAC(key, previous hash ‖ chain_seq ‖ row_mac), under a lock only the
 * sealer takes. Chaining at commit under a per-organisation lock was tried first and measured: the
 * lock is held through the commit's WAL flush, so one organisation's writes serialise — 32 clients
 * fell to 0.35 × the throughput without auditing (tools/bench/audit-cost.mjs). Sealing afterwards
 * keeps writers independent: measured side by side (same tool, 32 clients, one organisation, three
 * audited rows per transaction) 0.94–1.03 × the throughput without triggers, i.e. within the noise
 * of the shared machine; the demo seed (bulk path) took 2.1 × as long with per-row capture and
 * 0.92–0.99 × with the set-based capture now used.
 *
 * **What verify finds.** A business row changed/inserted/deleted by plain SQL is captured with a MAC
 * under the wrong key; a changed entry no longer matches its MAC; an inserted entry cannot carry a
 * valid MAC; a deleted sealed entry leaves a gap (the next link does not fit). A guard trigger forbids
 * changing or deleting entries at all (an owner can disable it — that is "behind the product's back").
 *
 * **Limits.** An entry deleted in the second before it is sealed, and cutting the newest sealed
 * entries together with rewinding `audit_chain_heads`, are not visible from inside the database;
 * `audit verify` prints each chain's head so it can be recorded elsewhere. A superuser who disables
 * triggers and then writes business rows leaves no entry at all.
 */

export interface ChainBreak {
  orgId: string;
  orgCode: string | null;
  /** Position where the chain stops being trustworthy. */
  chainSeq: string | null;
  auditId: string | null;
  reason: 'ENTRY_MAC_MISMATCH' | 'CHAIN_HASH_MISMATCH' | 'MISSING_ENTRY' | 'HEAD_MISMATCH';
  entity: string | null;
  entityId: string | null;
  operation: string | null;
}

export interface ChainReport {
  orgId: string;
  orgCode: string | null;
  entries: number;
  /** Entries not yet linked into the chain (their MACs were checked). */
  unsealed: number;
  headSeq: string;
  headHash: string;
  firstBreak: ChainBreak | null;
}

interface EntryRow {
  id: string;
  chain_seq: string | null;
  hash: string | null;
  row_mac: string;
  entity: string;
  entity_id: string;
  operation: string | null;
  text: string;
}

const BATCH = 5000;

/**
 * Walks every organisation's chain (or one) in order, recomputing each hash with the key; stops at the
 * first break of each chain. Memory stays bounded: the chain is read in keyset batches.
 */
export async function verifyAuditChains(dataSource: DataSource, key: Buffer, orgCode?: string): Promise<ChainReport[]> {
  await sealAuditTrail(dataSource);
  // One REPEATABLE READ snapshot for the whole walk, so entries sealed meanwhile neither appear half-way
  // nor make the head look ahead of the chain.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    const reports = await verifyWith((sql, parameters) => runner.query(sql, parameters) as Promise<never>, key, orgCode);
    await runner.commitTransaction();
    return reports;
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}

type Query = <T>(sql: string, parameters?: unknown[]) => Promise<T>;

async function verifyWith(query: Query, key: Buffer, orgCode?: string): Promise<ChainReport[]> {
  const orgs = await query<{ id: string; code: string | null }[]>(
    `SELECT o.org_id AS id, org.code
       FROM (SELECT org_id FROM audit_chain_heads UNION SELECT DISTINCT org_id FROM audit_log) o
       LEFT JOIN organisations org ON org.id = o.org_id
      WHERE $1::text IS NULL OR org.code = $1
      ORDER BY org.code NULLS LAST, o.org_id`,
    [orgCode ?? null],
  );
  const reports: ChainReport[] = [];
  for (const org of orgs) reports.push(await verifyChain(query, key, org.id, org.code));
  return reports;
}

async function verifyChain(query: Query, key: Buffer, orgId: string, orgCode: string | null): Promise<ChainReport> {
  const [head] = (await query(`SELECT last_seq, last_hash FROM audit_chain_heads WHERE org_id = $1`, [orgId])) as {
    last_seq: string;
    last_hash: string;
  }[];
  const report: ChainReport = {
    orgId,
    orgCode,
    entries: 0,
    unsealed: 0,
    headSeq: head?.last_seq ?? '0',
    headHash: head?.last_hash ?? EMPTY_CHAIN_HASH,
    firstBreak: null,
  };
  const broken = (row: EntryRow | null, reason: ChainBreak['reason'], chainSeq: string | null): ChainReport => {
    report.firstBreak = {
      orgId,
      orgCode,
      chainSeq,
      auditId: row?.id ?? null,
      reason,
      entity: row?.entity ?? null,
      entityId: row?.entity_id ?? null,
      operation: row?.operation ?? null,
    };
    return report;
  };

  let previousHash = EMPTY_CHAIN_HASH;
  let expectedSeq = 1n;
  let after = 0n;
  for (;;) {
    const rows = (await query(
      `SELECT a.id, a.chain_seq, a.hash, a.row_mac, a.entity, a.entity_id, a.operation, stardesk_audit_text(a) AS text
         FROM audit_log a
        WHERE a.org_id = $1 AND a.chain_seq > $2
        ORDER BY a.chain_seq
        LIMIT ${BATCH}`,
      [orgId, after.toString()],
    )) as EntryRow[];
    for (const row of rows) {
      const seq = BigInt(row.chain_seq!);
      if (seq !== expectedSeq) return broken(row, 'MISSING_ENTRY', expectedSeq.toString());
      if (auditHmac(key, row.text) !== row.row_mac) return broken(row, 'ENTRY_MAC_MISMATCH', row.chain_seq);
      if (chainHash(key, previousHash, row.chain_seq!, row.row_mac) !== row.hash) return broken(row, 'CHAIN_HASH_MISMATCH', row.chain_seq);
      previousHash = row.hash!;
      expectedSeq += 1n;
      report.entries += 1;
    }
    if (rows.length < BATCH) break;
    after = BigInt(rows[rows.length - 1]!.chain_seq!);
  }
  const lastSeq = expectedSeq - 1n;
  if (lastSeq.toString() !== report.headSeq || previousHash !== report.headHash) {
    // Entries at the end were removed (or the head was moved): the chain stops short of its head.
    return broken(null, 'HEAD_MISMATCH', (lastSeq + 1n).toString());
  }
  // Entries not sealed yet (transactions still running, or finished since the seal): their own MACs.
  for (let afterId = 0n; ; ) {
    const rows = (await query(
      `SELECT a.id, a.chain_seq, a.hash, a.row_mac, a.entity, a.entity_id, a.operation, stardesk_audit_text(a) AS text
         FROM audit_log a
        WHERE a.org_id = $1 AND a.chain_seq IS NULL AND a.id > $2
        ORDER BY a.id
        LIMIT ${BATCH}`,
      [orgId, afterId.toString()],
    )) as EntryRow[];
    for (const row of rows) {
      if (auditHmac(key, row.text) !== row.row_mac) return broken(row, 'ENTRY_MAC_MISMATCH', null);
      report.unsealed += 1;
    }
    if (rows.length < BATCH) break;
    afterId = BigInt(rows[rows.length - 1]!.id);
  }
  return report;
}

/**
 * Links every entry of finished transactions into its chain (stardesk_audit_seal needs the audit key,
 * which the product's connections carry). Returns how many entries were sealed.
 */
export async function sealAuditTrail(dataSource: DataSource): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = (await dataSource.query(`SELECT stardesk_audit_seal(50000) AS sealed`)) as { sealed: number }[];
    total += row!.sealed;
    if (row!.sealed < 50000) return total;
  }
}
