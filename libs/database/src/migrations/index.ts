import { Initial1795433108669 } from './1795433108669-Initial';

/** Every migration, oldest first. */
export const MIGRATIONS = [Initial1795433108669];
