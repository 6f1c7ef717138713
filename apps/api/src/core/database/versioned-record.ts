import { ValidationFailed } from '@stardesk/domain';
import { QueryFailedError, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { recordNotFound, staleVersion } from '../errors/app-errors';
import { isUuid } from '../ids';

// Re-exported so callers of the versioned-record helpers need one import.
export { isUuid };

export type RecordLabel = { 'zh-CN': string; en: string };

/**
 * Locks one row of the organisation for the transaction and checks the caller saw its current
 * version (optimistic locking across the form's round trip, the row lock within the transaction).
 */
export async function lockVersioned<T extends ObjectLiteral & { version: number }>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  orgId: string,
  id: string,
  expectedVersion: number | null | undefined,
  label: RecordLabel,
): Promise<T> {
  if (expectedVersion == null) throw new ValidationFailed([{ field: 'expectedVersion', code: 'required' }]);
  if (!isUuid(id)) throw recordNotFound(label, id);
  const row = await tx.getRepository(entity).findOne({ where: { orgId, id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw recordNotFound(label, id);
  if (row.version !== expectedVersion) throw staleVersion(expectedVersion, row.version);
  return row;
}

/**
 * Runs an insert or update and turns a unique-index violation into a field error, so two people
 * creating the same code at the same moment get "duplicate", not a server error.
 */
export async function withUniqueFields<T>(fieldsByIndex: Record<string, string>, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
    const field = constraint?.code === '23505' && constraint.constraint ? fieldsByIndex[constraint.constraint] : undefined;
    if (field) throw new ValidationFailed([{ field, code: 'duplicate' }]);
    throw error;
  }
}
