import { lazy, type ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useAuth } from './auth-context';
import { homeOf, mayUse, type PageKey } from './roles';

const NotForRole = lazy(() => import('./NotForRole'));

/** Route guard: a page of another role sends the user home (or says so, when it is their home). */
export function RequireRole({ page, children }: { page: PageKey; children: ReactNode }) {
  const { user } = useAuth();
  if (mayUse(user.role, page)) return children;
  if (page === 'dashboard' && homeOf(user.role) !== '/') return <Navigate to={homeOf(user.role)} replace />;
  return <NotForRole />;
}
