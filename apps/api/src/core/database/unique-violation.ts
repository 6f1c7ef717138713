import { QueryFailedError } from 'typeorm';

/**
 * True when `error` is PostgreSQL refusing a row for the unique index `constraint`: two callers
 * writing the same key at the same moment both pass the check-then-insert, and the index decides.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string; constraint?: string }).code === '23505' && (error.driverError as { constraint?: string }).constraint === constraint;
}
