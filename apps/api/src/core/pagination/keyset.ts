import { ValidationFailed, type FieldError } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import type { Page } from './connection.model';
import { decodeKeysetCursor, encodeKeysetCursor, type KeysetCursor } from './keyset-cursor';

export { decodeKeysetCursor, encodeKeysetCursor, type KeysetCursor };

/**
 * Keyset pagination for the record lists: the cursor is the sort key of the last row seen (an
 * instant or a local date, as text) and its id. Stable while rows are inserted; page 1,000 costs
 * what page 1 costs.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Checks `first` and `after`, adding field errors to `errors`; returns the decoded cursor. */
export function checkPageArgs(args: { first: number; after?: string | null }, errors: FieldError[]): KeysetCursor | null {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    errors.push({ field: 'first', code: 'outOfRange', params: { min: 1, max: MAX_PAGE_SIZE } });
  }
  if (!args.after) return null;
  const cursor = decodeKeysetCursor(args.after);
  if (!cursor) errors.push({ field: 'after', code: 'invalidCode' });
  return cursor;
}

const KEY_PATTERNS: Record<KeysetQuery['keyType'], (key: string) => boolean> = {
  timestamptz: (key) => !Number.isNaN(Date.parse(key)),
  date: (key) => /^\d{4}-\d{2}-\d{2}$/.test(key),
};

export interface KeysetQuery {
  /** `SELECT ..., <key as text> AS cursor_key FROM ...` without WHERE. */
  select: string;
  /** Conditions, org_id first, with `$n` placeholders into `params`. */
  where: string;
  params: unknown[];
  /** Qualified sort columns, e.g. `d.scheduled_from` and `d.id`. */
  keyColumn: string;
  idColumn: string;
  keyType: 'timestamptz' | 'date';
  direction: 'ASC' | 'DESC';
}

/**
 * One page after `after` plus its total count: fetches one extra row to know whether more exist, and
 * counts with the same conditions.
 */
export async function keysetPage<Row extends { id: string; cursor_key: string }, Node>(
  manager: EntityManager,
  query: KeysetQuery,
  page: { first: number; after: KeysetCursor | null },
  toNode: (row: Row) => Node,
): Promise<Page<Node>> {
  const params = [...query.params];
  let where = query.where;
  // A cursor is opaque to clients but not tamper-proof: its key must fit the list's sort column.
  if (page.after && !KEY_PATTERNS[query.keyType](page.after.key)) throw new ValidationFailed([{ field: 'after', code: 'invalidCode' }]);
  if (page.after) {
    params.push(page.after.key, page.after.id);
    const comparison = query.direction === 'DESC' ? '<' : '>';
    where += ` AND (${query.keyColumn}, ${query.idColumn}) ${comparison} ($${params.length - 1}::${query.keyType}, $${params.length}::uuid)`;
  }
  params.push(page.first + 1);
  const [rows, [count]]: [Row[], { n: number }[]] = await Promise.all([
    manager.query(
      `${query.select} WHERE ${where} ORDER BY ${query.keyColumn} ${query.direction}, ${query.idColumn} ${query.direction} LIMIT $${params.length}`,
      params,
    ),
    manager.query(`SELECT count(*)::int AS n FROM (${query.select} WHERE ${query.where}) AS matching`, query.params),
  ]);
  const edges = rows.slice(0, page.first).map((row) => ({ cursor: encodeKeysetCursor({ key: row.cursor_key, id: row.id }), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: count?.n ?? 0,
  };
}

/** SQL text of an instant as the cursor keeps it (microseconds, UTC). */
export const instantKeySql = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** SQL text of a local date as the cursor keeps it. */
export const dateKeySql = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;
