import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { CopyBuffer } from './copy-buffer';
import type { CopyValue } from './copy-text';

export interface CopyTable {
  table: string;
  columns: readonly string[];
}

/** Buffered bytes above which every table is flushed: large enough for fast COPYs, small enough for memory. */
const FLUSH_BYTES = 8 * 1024 * 1024;

/**
 * Streams generated rows into PostgreSQL with COPY inside the caller's transaction. Rows are buffered per
 * table and flushed in the order the tables were declared (parents before children), so foreign keys hold
 * at every statement and a failure rolls the whole load back.
 */
export class CopyWriter {
  private readonly buffers = new Map<string, { spec: CopyTable; data: CopyBuffer; rows: number }>();
  private bufferedBytes = 0;
  private readonly written = new Map<string, number>();
  private inFlight: Promise<void> = Promise.resolve();

  private constructor(private readonly client: PoolClient, tables: readonly CopyTable[]) {
    for (const spec of tables) this.buffers.set(spec.table, { spec, data: new CopyBuffer(), rows: 0 });
  }

  /** A writer on the connection of `manager`, which must be inside a transaction. */
  static async open(manager: EntityManager, tables: readonly CopyTable[]): Promise<CopyWriter> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('CopyWriter needs a transaction: a failed load must leave nothing behind');
    const client = (await manager.queryRunner.connect()) as PoolClient;
    return new CopyWriter(client, tables);
  }

  /** Buffers one row; call flushIfFull() between batches of rows. */
  add(table: string, values: readonly CopyValue[]): void {
    const buffer = this.buffers.get(table);
    if (!buffer) throw new Error(`CopyWriter was not opened for table ${table}`);
    if (values.length !== buffer.spec.columns.length) {
      throw new Error(`${table}: ${values.length} values for ${buffer.spec.columns.length} columns`);
    }
    const before = buffer.data.bytes;
    buffer.data.addRow(values);
    buffer.rows++;
    this.bufferedBytes += buffer.data.bytes - before;
  }

  async flushIfFull(): Promise<void> {
    if (this.bufferedBytes >= FLUSH_BYTES) await this.flush();
  }

  /**
   * Hands everything buffered to PostgreSQL, parents first, and returns as soon as the previous batch is
   * in: the caller generates the next batch while the server stores this one, and at most two batches
   * are ever held in memory. A failed COPY surfaces at the next flush or at close.
   */
  async flush(): Promise<void> {
    const batches = [...this.buffers.values()].filter((buffer) => buffer.rows).map((buffer) => ({ spec: buffer.spec, pieces: buffer.data.take(), rows: buffer.rows }));
    for (const buffer of this.buffers.values()) buffer.rows = 0;
    this.bufferedBytes = 0;
    await this.inFlight;
    this.inFlight = this.copy(batches);
    // Observed here so a failure is not reported as unhandled before the caller awaits it.
    this.inFlight.catch(() => undefined);
  }

  /**
   * Flushes and waits until the server has every row: call it before other statements on the same
   * transaction, so a failed COPY reports its own error instead of "transaction is aborted".
   */
  async settle(): Promise<void> {
    await this.flush();
    await this.inFlight;
  }

  /** Flushes what is left, waits for the server and returns the rows written per table. */
  async close(): Promise<ReadonlyMap<string, number>> {
    await this.settle();
    return this.written;
  }

  private async copy(batches: readonly { spec: CopyTable; pieces: Buffer[]; rows: number }[]): Promise<void> {
    for (const batch of batches) {
      const columns = batch.spec.columns.map((column) => `"${column}"`).join(', ');
      const stream = this.client.query(copyFrom(`COPY "${batch.spec.table}" (${columns}) FROM STDIN`));
      await pipeline(Readable.from(batch.pieces), stream);
      this.written.set(batch.spec.table, (this.written.get(batch.spec.table) ?? 0) + batch.rows);
    }
  }
}
