import type { Role } from './session';

/** Which roles use which page (the API enforces access; this only keeps menus and pages relevant). */
export const PAGE_ROLES = {
  dashboard: ['ADMIN', 'MANAGER', 'AUDITOR', 'DISPATCHER'],
  /** The KPI dashboard is these roles' home (the KPI API is theirs); dispatchers keep the request overview. */
  kpiDashboard: ['ADMIN', 'MANAGER', 'AUDITOR'],
  requests: ['ADMIN', 'MANAGER', 'AUDITOR', 'DISPATCHER', 'TECHNICIAN'],
  newRequest: ['ADMIN', 'MANAGER', 'DISPATCHER'],
  complaints: ['ADMIN', 'MANAGER', 'AUDITOR', 'DISPATCHER'],
  returnVisits: ['ADMIN', 'MANAGER', 'DISPATCHER'],
  technician: ['ADMIN', 'TECHNICIAN'],
  quality: ['ADMIN', 'MANAGER', 'AUDITOR'],
  admin: ['ADMIN'],
  certification: ['ADMIN', 'MANAGER', 'AUDITOR'],
} as const satisfies Record<string, readonly Role[]>;

export type PageKey = keyof typeof PAGE_ROLES;

export const mayUse = (role: Role, page: PageKey): boolean => (PAGE_ROLES[page] as readonly Role[]).includes(role);

/** Where each role starts: technicians at their jobs, everyone else at the dashboard. */
export function homeOf(role: Role): string {
  return role === 'TECHNICIAN' ? '/tech' : '/';
}
