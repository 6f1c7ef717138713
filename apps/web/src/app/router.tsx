import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { NAV_PATHS } from './layout/navigation';

// Each page is its own chunk: the shell loads first, a page (and recharts, for the dashboard) when visited.
const DashboardPage = lazy(() => import('../features/dashboard/components/DashboardPage'));
const RequestsPage = lazy(() => import('../features/service-requests/components/RequestsPage'));
const NewRequestPage = lazy(() => import('../features/service-requests/components/NewRequestPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
const QualityRegistersLayout = lazy(() => import('../features/quality-registers/components/QualityRegistersLayout'));
const DocumentsPage = lazy(() => import('../features/quality-registers/components/DocumentsPage'));
const CorrectiveActionsPage = lazy(() => import('../features/quality-registers/components/CorrectiveActionsPage'));
const InternalAuditsPage = lazy(() => import('../features/quality-registers/components/InternalAuditsPage'));
const ManagementReviewsPage = lazy(() => import('../features/quality-registers/components/ManagementReviewsPage'));
const ChangeNotificationsPage = lazy(() => import('../features/quality-registers/components/ChangeNotificationsPage'));
const EnterpriseProfilePage = lazy(() => import('../features/quality-registers/components/EnterpriseProfilePage'));

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
        <Route path={NAV_PATHS.quality} element={<QualityRegistersLayout />}>
          <Route index element={<Navigate to="documents" replace />} />
          <Route path="documents" element={<DocumentsPage />} />
          <Route path="corrective-actions" element={<CorrectiveActionsPage />} />
          <Route path="audits" element={<InternalAuditsPage />} />
          <Route path="reviews" element={<ManagementReviewsPage />} />
          <Route path="notifications" element={<ChangeNotificationsPage />} />
          <Route path="profile" element={<EnterpriseProfilePage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
