/** The app's pages in the navigation, most specific path first for matching the current page. */
export const NAV_PATHS = {
  dashboard: '/',
  requests: '/requests',
  newRequest: '/requests/new',
  complaints: '/complaints',
  returnVisits: '/return-visits',
  technician: '/tech',
  quality: '/quality',
  admin: '/admin',
  certification: '/certification',
} as const;

export type NavKey = keyof typeof NAV_PATHS;

/** Which navigation entry the current path belongs to (`/requests?status=NEW` → requests). */
export function navKeyOf(pathname: string): NavKey | null {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === NAV_PATHS.newRequest) return 'newRequest';
  if (path === NAV_PATHS.requests || path.startsWith(`${NAV_PATHS.requests}/`)) return 'requests';
  for (const key of ['complaints', 'returnVisits', 'technician', 'quality', 'admin', 'certification'] as const) {
    if (path === NAV_PATHS[key] || path.startsWith(`${NAV_PATHS[key]}/`)) return key;
  }
  if (path === NAV_PATHS.dashboard) return 'dashboard';
  return null;
}
