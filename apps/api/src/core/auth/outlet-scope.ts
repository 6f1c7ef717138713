import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../ids';

export const OUTLET_SCOPE_KEY = 'stardesk:outlet-scope';

/** Kinds of record an argument can name; each is tied to an outlet (directly or through its request). */
export type ScopedRecord = 'outlet' | 'request' | 'complaint' | 'visit' | 'delivery' | 'returnVisit' | 'warrantyDecision' | 'takeBack' | 'attachment';

/** `owner`: an attachment owner id whose kind is the sibling argument `ownerType` (SERVICE_REQUEST, VISIT...). */
export type ScopedArgument = ScopedRecord | 'owner';

export interface OutletScopeSpec {
  /** A list: the path of its outlet filter (e.g. `filter.outletIds`), narrowed to the user's outlets. */
  list?: string;
  /** Arguments naming records (path → kind, e.g. `{ 'input.id': 'request' }`) that must lie in the user's outlets. */
  records?: Record<string, ScopedArgument>;
}

/**
 * Outlet scope of an operation for dispatchers and technicians (product.md: they see only their own
 * outlets' records). AccessGuard applies it before the resolver runs:
 * - `list`: the outlet filter becomes the user's outlets (or their intersection with the ones asked for);
 * - `records`: an argument naming a record of another outlet is replaced by an id that exists nowhere,
 *   so the operation answers exactly as for a record that does not exist (null, NOT_FOUND or the field
 *   error `notFound`): another outlet's records are invisible, not forbidden.
 * Other roles are not affected. Operations on organisation-wide data (customers, products, staff,
 * outlets) declare nothing.
 */
export const OutletScope = (spec: OutletScopeSpec): MethodDecorator => SetMetadata(OUTLET_SCOPE_KEY, spec);

/** A UUID that names no record: what an out-of-scope id is replaced with. */
export const NO_RECORD = '00000000-0000-0000-0000-000000000000';

const VIA_REQUEST: Record<'visit' | 'delivery' | 'returnVisit' | 'warrantyDecision', string> = {
  visit: 'visits',
  delivery: 'deliveries',
  returnVisit: 'return_visits',
  warrantyDecision: 'warranty_decisions',
};

const ATTACHMENT_OWNERS: Record<string, ScopedRecord | null> = {
  SERVICE_REQUEST: 'request',
  VISIT: 'visit',
  COMPLAINT: 'complaint',
  RETURN_VISIT: 'returnVisit',
  DELIVERY: 'delivery',
  TAKE_BACK: 'takeBack',
  QUALIFICATION: null,
};

/**
 * The outlet of a record of the organisation: a string, null when the record belongs to no outlet
 * (e.g. a complaint about the company as a whole), undefined when there is no such record.
 */
export async function outletOfRecord(db: EntityManager, orgId: string, kind: ScopedRecord, id: string): Promise<string | null | undefined> {
  if (!isUuid(id)) return undefined;
  const one = async (sql: string): Promise<string | null | undefined> => {
    const rows: { outlet_id: string | null }[] = await db.query(sql, [id, orgId]);
    return rows[0] ? rows[0].outlet_id : undefined;
  };
  switch (kind) {
    case 'outlet':
      return one('SELECT id AS outlet_id FROM outlets WHERE id = $1 AND org_id = $2');
    case 'request':
      return one('SELECT outlet_id FROM service_requests WHERE id = $1 AND org_id = $2');
    case 'complaint':
      return one(
        `SELECT COALESCE(c.outlet_id, sr.outlet_id) AS outlet_id FROM complaints c
           LEFT JOIN service_requests sr ON sr.id = c.request_id WHERE c.id = $1 AND c.org_id = $2`,
      );
    case 'takeBack':
      return one(
        `SELECT COALESCE(t.outlet_id, sr.outlet_id) AS outlet_id FROM take_backs t
           LEFT JOIN service_requests sr ON sr.id = t.request_id WHERE t.id = $1 AND t.org_id = $2`,
      );
    case 'attachment': {
      const rows: { owner_type: string; owner_id: string }[] = await db.query('SELECT owner_type, owner_id FROM attachments WHERE id = $1 AND org_id = $2', [id, orgId]);
      const owner = rows[0];
      if (!owner) return undefined;
      const ownerKind = ATTACHMENT_OWNERS[owner.owner_type];
      return ownerKind ? outletOfRecord(db, orgId, ownerKind, owner.owner_id) : null;
    }
    case 'visit':
    case 'delivery':
    case 'returnVisit':
    case 'warrantyDecision':
      return one(`SELECT sr.outlet_id FROM ${VIA_REQUEST[kind]} t JOIN service_requests sr ON sr.id = t.request_id WHERE t.id = $1 AND t.org_id = $2`);
  }
}

/** Applies a spec to the arguments of one call of a user limited to `outletIds` (mutates them in place). */
export async function applyOutletScope(
  db: EntityManager,
  orgId: string,
  outletIds: readonly string[],
  spec: OutletScopeSpec,
  args: Record<string, unknown>,
): Promise<void> {
  if (spec.list) {
    const { parent, key } = pathTo(args, spec.list, true)!;
    const asked = parent[key];
    const wanted = Array.isArray(asked) && asked.length ? (asked as string[]).filter((id) => outletIds.includes(id)) : [...outletIds];
    parent[key] = wanted.length ? wanted : [NO_RECORD];
  }
  for (const [path, kind] of Object.entries(spec.records ?? {})) {
    const target = pathTo(args, path, false);
    const value = target?.parent[target.key];
    if (typeof value !== 'string' || value === '') continue;
    const recordKind = kind === 'owner' ? ATTACHMENT_OWNERS[String(target!.parent['ownerType'])] : kind;
    if (!recordKind) continue;
    const outlet = await outletOfRecord(db, orgId, recordKind, value);
    if (outlet === undefined || outlet === null) continue; // unknown: the resolver says so; no outlet: organisation-wide
    if (!outletIds.includes(outlet)) target!.parent[target!.key] = NO_RECORD;
  }
}

/** The object holding the last segment of `a.b.c` (created on the way when `create`). */
function pathTo(root: Record<string, unknown>, path: string, create: boolean): { parent: Record<string, unknown>; key: string } | null {
  const segments = path.split('.');
  let parent = root;
  for (const segment of segments.slice(0, -1)) {
    let next = parent[segment];
    if (next === undefined || next === null) {
      if (!create) return null;
      next = {};
      parent[segment] = next;
    }
    if (typeof next !== 'object') return null;
    parent = next as Record<string, unknown>;
  }
  return { parent, key: segments[segments.length - 1]! };
}
