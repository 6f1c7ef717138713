/** The admin screens, in menu order; each is its own lazily loaded page. */
export const ADMIN_PAGES = [
  { key: 'organisation', path: 'organisation' },
  { key: 'outlets', path: 'outlets' },
  { key: 'products', path: 'products' },
  { key: 'spareParts', path: 'spare-parts' },
  { key: 'staff', path: 'staff' },
  { key: 'users', path: 'users' },
  { key: 'qualifications', path: 'qualifications' },
  { key: 'trainings', path: 'trainings' },
  { key: 'surveys', path: 'surveys' },
  { key: 'imports', path: 'imports' },
  { key: 'catalogue', path: 'catalogue' },
] as const;

export type AdminPageKey = (typeof ADMIN_PAGES)[number]['key'];
