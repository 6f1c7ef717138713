import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { loadOpsMessages } from './i18n/ops-messages';
import { AppLayout } from './layout/AppLayout';
import { NAV_PATHS } from './layout/navigation';

/** A page of the dispatcher or technician screens: its chunk and their messages load together. */
function opsPage(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() => Promise.all([load(), loadOpsMessages()]).then(([module]) => module));
}

// Each page is its own chunk: the shell loads first, a page (and recharts, for the dashboard) when visited.
const DashboardPage = lazy(() => import('../features/dashboard/components/DashboardPage'));
const RequestsPage = opsPage(() => import('../features/service-requests/components/RequestsPage'));
const NewRequestPage = opsPage(() => import('../features/service-requests/components/NewRequestPage'));
const RequestDetailPage = opsPage(() => import('../features/service-requests/components/RequestDetailPage'));
const ComplaintsPage = opsPage(() => import('../features/complaints/components/ComplaintsPage'));
const ComplaintDetailPage = opsPage(() => import('../features/complaints/components/ComplaintDetailPage'));
const ReturnVisitsPage = opsPage(() => import('../features/return-visits/components/ReturnVisitsPage'));
const TechnicianJobsPage = opsPage(() => import('../features/technician/components/TechnicianJobsPage'));
const TechnicianJobPage = opsPage(() => import('../features/technician/components/TechnicianJobPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

/**
 * Declarative routes: the app loads its data through urql inside the pages, so the data router's
 * loaders and actions would only add weight to the first download.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path={NAV_PATHS.requests} element={<RequestsPage />} />
        <Route path={NAV_PATHS.newRequest} element={<NewRequestPage />} />
        <Route path={`${NAV_PATHS.requests}/:id`} element={<RequestDetailPage />} />
        <Route path={NAV_PATHS.complaints} element={<ComplaintsPage />} />
        <Route path={`${NAV_PATHS.complaints}/:id`} element={<ComplaintDetailPage />} />
        <Route path={NAV_PATHS.returnVisits} element={<ReturnVisitsPage />} />
        <Route path={NAV_PATHS.technician} element={<TechnicianJobsPage />} />
        <Route path={`${NAV_PATHS.technician}/jobs/:id`} element={<TechnicianJobPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
