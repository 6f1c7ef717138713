import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { NAV_PATHS } from './layout/navigation';

// Each page is its own chunk: the shell loads first, a page (and recharts, for the dashboard) when visited.
const DashboardPage = lazy(() => import('../features/dashboard/components/DashboardPage'));
const RequestsPage = lazy(() => import('../features/service-requests/components/RequestsPage'));
const NewRequestPage = lazy(() => import('../features/service-requests/components/NewRequestPage'));
const RequestDetailPage = lazy(() => import('../features/service-requests/components/RequestDetailPage'));
const ComplaintsPage = lazy(() => import('../features/complaints/components/ComplaintsPage'));
const ComplaintDetailPage = lazy(() => import('../features/complaints/components/ComplaintDetailPage'));
const ReturnVisitsPage = lazy(() => import('../features/return-visits/components/ReturnVisitsPage'));
const TechnicianJobsPage = lazy(() => import('../features/technician/components/TechnicianJobsPage'));
const TechnicianJobPage = lazy(() => import('../features/technician/components/TechnicianJobPage'));
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
