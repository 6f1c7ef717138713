import type { StaffRole } from '../service-request/service-request.types';

/** Roles that see only the records of their own outlets (product.md, "Outlet scope"). */
export const OUTLET_SCOPED_ROLES: readonly StaffRole[] = ['DISPATCHER', 'TECHNICIAN'];

/** Roles whose daily work needs the customer's phone and address (they call and visit customers). */
export const CONTACT_ROLES: readonly StaffRole[] = ['DISPATCHER', 'TECHNICIAN'];

/** Roles that may reveal a masked phone or address; each reveal is logged. */
export const CONTACT_REVEAL_ROLES: readonly StaffRole[] = ['ADMIN', 'MANAGER'];

export const isOutletScoped = (role: StaffRole): boolean => OUTLET_SCOPED_ROLES.includes(role);
