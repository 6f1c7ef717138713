import type { StaffRole } from '../service-request/service-request.types';

/** Roles that see only the records of their own outlets (product.md, "Outlet scope"). */
export const OUTLET_SCOPED_ROLES: readonly StaffRole[] = ['DISPATCHER', 'TECHNICIAN'];

/**
 * Roles whose work needs the customer's phone and address: dispatchers call customers, technicians
 * visit them, administrators maintain customer records and imports. Managers and auditors see them
 * masked (138****5678) and a manager may reveal one, which is logged.
 */
export const CONTACT_ROLES: readonly StaffRole[] = ['ADMIN', 'DISPATCHER', 'TECHNICIAN'];

/** Roles that may reveal a masked phone or address; each reveal is logged. */
export const CONTACT_REVEAL_ROLES: readonly StaffRole[] = ['ADMIN', 'MANAGER'];

export const isOutletScoped = (role: StaffRole): boolean => OUTLET_SCOPED_ROLES.includes(role);
