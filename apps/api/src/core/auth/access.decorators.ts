import { SetMetadata } from '@nestjs/common';
import { STAFF_ROLES, type StaffRole } from '@stardesk/domain';

export const ALLOW_KEY = 'stardesk:allow';
export const PUBLIC_KEY = 'stardesk:public';

/**
 * The roles that may call a query, mutation or REST route (on the method, or on the class for all of
 * its methods; the method wins). The global AccessGuard refuses everyone else with FORBIDDEN, and an
 * operation that declares neither @Allow nor @Public with ACCESS_UNDECLARED.
 */
export const Allow = (...roles: readonly StaffRole[]): MethodDecorator & ClassDecorator => SetMetadata(ALLOW_KEY, roles);

/** No sign-in needed (public survey links, sign-in itself, health). Use sparingly. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** Role groups used by the resolvers; ADMIN is in every group (the organisation's administrator). */
export const ROLES = {
  /** Every signed-in role: reads (auditors read everything of their organisation). */
  ANY: STAFF_ROLES,
  /** Service work of the front office: requests, customers, complaints, return visits. */
  OFFICE: ['ADMIN', 'MANAGER', 'DISPATCHER'],
  /** Work on a job: the office plus the technician on site. */
  FIELD: ['ADMIN', 'MANAGER', 'DISPATCHER', 'TECHNICIAN'],
  /** Oversight reads: KPIs, certification and the quality registers (auditors read, they do not change). */
  OVERSIGHT: ['ADMIN', 'MANAGER', 'AUDITOR'],
  /** Management: people records, service commitments, spare parts. */
  MANAGEMENT: ['ADMIN', 'MANAGER'],
  /** Configuration of the organisation: master data, targets, settings, imports. */
  ADMIN: ['ADMIN'],
} as const satisfies Record<string, readonly StaffRole[]>;
