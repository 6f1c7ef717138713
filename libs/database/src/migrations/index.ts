import { Initial1795433108669 } from './1795433108669-Initial';
import { AssignTechnician1795434355697 } from './1795434355697-AssignTechnician';

/** Every migration, oldest first. Written by tools/db/generate-migration.mjs. */
export const MIGRATIONS = [Initial1795433108669, AssignTechnician1795434355697];
