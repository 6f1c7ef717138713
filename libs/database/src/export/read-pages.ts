import { types as pgTypes, type CustomTypesConfig, type PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { instantCellFromPostgres } from './instant-text.util';
import type { RecordExport } from './export-spec';

/** What a paged read needs of a table: see RecordExport. */
export type PagedQuery = Pick<RecordExport, 'select' | 'from' | 'where' | 'period' | 'keyset'>;

/** The organisation's rows of `query` in the period: the WHERE clause and its parameters ($1 the organisation). */
function periodFilter(orgId: string, query: PagedQuery, [from, until]: [Date | null, Date | null]): [string, unknown[]] {
  const params: unknown[] = [orgId];
  const conditions = [query.where];
  if (query.period && from) conditions.push(`${query.period} >= $${params.push(from)}::timestamptz`);
  if (query.period && until) conditions.push(`${query.period} < $${params.push(until)}::timestamptz`);
  return [conditions.join(' AND '), params];
}

let cursorNumber = 0;

/** OID of timestamptz. */
const TIMESTAMPTZ = 1184;

export interface ReadPagesOptions {
  /** Rows per FETCH. */
  pageSize: number;
  /**
   * The time zone the cells are written in: the read runs in it, and every timestamptz comes as its
   * instant cell text (instantCellFromPostgres) instead of a Date.
   */
  timeZone?: string;
}

/**
 * Reads the organisation's rows of `query` in the period in keyset order (stable: the keyset ends
 * with a unique key) through one server-side cursor, `pageSize` rows per FETCH, and hands each page
 * to `onPage`; never the whole period at once. One statement is planned and run once for the whole
 * read (a page-by-page keyset query re-sorted the period for every page when its order comes from a
 * joined table, which made a year's visits quadratic), inside a read-only transaction on a connection
 * of its own, so every page comes from the same snapshot. The next page is fetched while this one is
 * written. The export below and the evidence package read through this one loop.
 */
export async function readPages(
  dataSource: DataSource,
  orgId: string,
  query: PagedQuery,
  period: [Date | null, Date | null],
  options: ReadPagesOptions,
  onPage: (rows: Record<string, unknown>[]) => Promise<void>,
): Promise<number> {
  const [where, params] = periodFilter(orgId, query, period);
  const cursor = `export_rows_${(cursorNumber += 1)}`;
  const pageSize = Math.max(1, Math.floor(options.pageSize));
  const runner = dataSource.createQueryRunner();
  const types: CustomTypesConfig = {
    getTypeParser: ((oid: number, format?: string) =>
      options.timeZone && oid === TIMESTAMPTZ ? instantCellFromPostgres : pgTypes.getTypeParser(oid, format as 'text')) as CustomTypesConfig['getTypeParser'],
  };
  let count = 0;
  /** The fetch under way, if any: a statement is sent only once the one before has answered. */
  let next: Promise<Record<string, unknown>[]> | null = null;
  try {
    const client = (await runner.connect()) as PoolClient;
    await client.query('BEGIN READ ONLY');
    if (options.timeZone) await client.query(`SELECT set_config('TimeZone', $1, true), set_config('DateStyle', 'ISO, MDY', true)`, [options.timeZone]);
    await client.query(
      `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${query.select} FROM ${query.from} WHERE ${where} ORDER BY ${query.keyset.map((term) => term.expression).join(', ')}`,
      params,
    );
    const fetch = async (): Promise<Record<string, unknown>[]> => (await client.query<Record<string, unknown>>({ text: `FETCH FORWARD ${pageSize} FROM ${cursor}`, types })).rows;
    next = fetch();
    while (next) {
      const rows: Record<string, unknown>[] = await next;
      if (rows.length === 0) break;
      next = rows.length < pageSize ? null : fetch();
      next?.catch(() => undefined);
      await onPage(rows);
      count += rows.length;
    }
    await client.query('COMMIT');
    return count;
  } catch (error) {
    await next?.catch(() => undefined);
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** How many rows readPages would read. */
export async function countRows(dataSource: DataSource, orgId: string, query: PagedQuery, period: [Date | null, Date | null]): Promise<number> {
  const [where, params] = periodFilter(orgId, query, period);
  const [row] = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${query.from} WHERE ${where}`, params);
  return row?.n ?? 0;
}
