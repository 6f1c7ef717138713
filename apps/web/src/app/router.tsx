import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireRole } from './auth/RequireRole';
import { AppLayout } from './layout/AppLayout';
import { NAV_PATHS } from './layout/navigation';

// Each page is its own chunk: the shell loads first, a page (and recharts, for the dashboard) when visited.
const DashboardPage = lazy(() => import('../features/dashboard/components/DashboardPage'));
const RequestsPage = lazy(() => import('../features/service-requests/components/RequestsPage'));
const NewRequestPage = lazy(() => import('../features/service-requests/components/NewRequestPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

/**
 * Declarative routes: the app loads its data through urql inside the pages, so the data router's
 * loaders and actions would only add weight to the first download.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<RequireRole page="dashboard"><DashboardPage /></RequireRole>} />
        <Route path={NAV_PATHS.requests} element={<RequireRole page="requests"><RequestsPage /></RequireRole>} />
        <Route path={NAV_PATHS.newRequest} element={<RequireRole page="newRequest"><NewRequestPage /></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
