import { lazy, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { loadCertificationMessages } from '../features/certification/i18n/certification-messages';
import { loadQualityMessages } from '../features/quality-registers/i18n/quality-messages';
import { useAuth } from './auth/auth-context';
import { RequireRole } from './auth/RequireRole';
import { mayUse } from './auth/roles';
import { loadKpiMessages } from './i18n/kpi-messages';
import { loadOpsMessages } from './i18n/ops-messages';
import { AppLayout } from './layout/AppLayout';
import { NAV_PATHS } from './layout/navigation';

/** A page whose chunk and messages load together, so neither weighs on the shell. */
function pageWith(loadMessages: () => Promise<void>) {
  return (load: () => Promise<{ default: ComponentType }>) => lazy(() => Promise.all([load(), loadMessages()]).then(([module]) => module));
}
/** Dispatcher and technician screens. */
const opsPage = pageWith(loadOpsMessages);
/** Quality-management registers. */
const qualityPage = pageWith(loadQualityMessages);
/** GB/T 27922 self-assessments and the indicator catalogue (recharts loads with the assessment page). */
const certificationPage = pageWith(loadCertificationMessages);
/** The KPI dashboard (recharts loads with it). */
const kpiPage = pageWith(loadKpiMessages);

// Each page is its own chunk: the shell loads first, a page (and recharts, for the dashboard) when visited.
const DashboardPage = lazy(() => import('../features/dashboard/components/DashboardPage'));
const KpiDashboardPage = kpiPage(() => import('../features/kpi-dashboard/components/KpiDashboardPage'));
const RequestsPage = opsPage(() => import('../features/service-requests/components/RequestsPage'));
const NewRequestPage = opsPage(() => import('../features/service-requests/components/NewRequestPage'));
const RequestDetailPage = opsPage(() => import('../features/service-requests/components/RequestDetailPage'));
const ComplaintsPage = opsPage(() => import('../features/complaints/components/ComplaintsPage'));
const ComplaintDetailPage = opsPage(() => import('../features/complaints/components/ComplaintDetailPage'));
const ReturnVisitsPage = opsPage(() => import('../features/return-visits/components/ReturnVisitsPage'));
const TechnicianJobsPage = opsPage(() => import('../features/technician/components/TechnicianJobsPage'));
const TechnicianJobPage = opsPage(() => import('../features/technician/components/TechnicianJobPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
const QualityRegistersLayout = qualityPage(() => import('../features/quality-registers/components/QualityRegistersLayout'));
const DocumentsPage = qualityPage(() => import('../features/quality-registers/components/DocumentsPage'));
const CorrectiveActionsPage = qualityPage(() => import('../features/quality-registers/components/CorrectiveActionsPage'));
const InternalAuditsPage = qualityPage(() => import('../features/quality-registers/components/InternalAuditsPage'));
const ManagementReviewsPage = qualityPage(() => import('../features/quality-registers/components/ManagementReviewsPage'));
const ChangeNotificationsPage = qualityPage(() => import('../features/quality-registers/components/ChangeNotificationsPage'));
const EnterpriseProfilePage = qualityPage(() => import('../features/quality-registers/components/EnterpriseProfilePage'));
const EvidencePackagesPage = qualityPage(() => import('../features/quality-registers/components/EvidencePackagesPage'));
const AdminSection = lazy(() => import('../features/admin/components/AdminSection'));
const OrganisationSettingsPage = lazy(() => import('../features/admin/components/OrganisationSettingsPage'));
const OutletsPage = lazy(() => import('../features/admin/components/OutletsPage'));
const ProductsPage = lazy(() => import('../features/admin/components/ProductsPage'));
const SparePartsPage = lazy(() => import('../features/admin/components/SparePartsPage'));
const StaffPage = lazy(() => import('../features/admin/components/StaffPage'));
const UsersPage = lazy(() => import('../features/admin/components/UsersPage'));
const QualificationsPage = lazy(() => import('../features/admin/components/QualificationsPage'));
const TrainingsPage = lazy(() => import('../features/admin/components/TrainingsPage'));
const SurveyTemplatesPage = lazy(() => import('../features/admin/components/SurveyTemplatesPage'));
const ImportsPage = lazy(() => import('../features/admin/components/ImportsPage'));
const AssessmentsPage = certificationPage(() => import('../features/certification/components/AssessmentsPage'));
const AssessmentPage = certificationPage(() => import('../features/certification/components/AssessmentPage'));
const CatalogueVersionsPage = certificationPage(() => import('../features/certification/components/CatalogueVersionsPage'));

/** Home: managers, auditors and admins see the KPI dashboard; dispatchers the overview of their requests. */
function HomePage() {
  const { user } = useAuth();
  return mayUse(user.role, 'kpiDashboard') ? <KpiDashboardPage /> : <DashboardPage />;
}

/**
 * Declarative routes: the app loads its data through urql inside the pages, so the data router's
 * loaders and actions would only add weight to the first download.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<RequireRole page="dashboard"><HomePage /></RequireRole>} />
        <Route path={NAV_PATHS.requests} element={<RequireRole page="requests"><RequestsPage /></RequireRole>} />
        <Route path={NAV_PATHS.newRequest} element={<RequireRole page="newRequest"><NewRequestPage /></RequireRole>} />
        <Route path={NAV_PATHS.quality} element={<RequireRole page="quality"><QualityRegistersLayout /></RequireRole>}>
          <Route index element={<Navigate to="documents" replace />} />
          <Route path="documents" element={<DocumentsPage />} />
          <Route path="corrective-actions" element={<CorrectiveActionsPage />} />
          <Route path="audits" element={<InternalAuditsPage />} />
          <Route path="reviews" element={<ManagementReviewsPage />} />
          <Route path="notifications" element={<ChangeNotificationsPage />} />
          <Route path="profile" element={<EnterpriseProfilePage />} />
          <Route path="evidence" element={<EvidencePackagesPage />} />
        </Route>
        <Route path={NAV_PATHS.admin} element={<RequireRole page="admin"><AdminSection /></RequireRole>}>
          <Route index element={<Navigate to="organisation" replace />} />
          <Route path="organisation" element={<OrganisationSettingsPage />} />
          <Route path="outlets" element={<OutletsPage />} />
          <Route path="products" element={<ProductsPage />} />
          <Route path="spare-parts" element={<SparePartsPage />} />
          <Route path="staff" element={<StaffPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="qualifications" element={<QualificationsPage />} />
          <Route path="trainings" element={<TrainingsPage />} />
          <Route path="surveys" element={<SurveyTemplatesPage />} />
          <Route path="imports" element={<ImportsPage />} />
          <Route path="catalogue" element={<CatalogueVersionsPage />} />
        </Route>
        <Route path={`${NAV_PATHS.requests}/:id`} element={<RequireRole page="requests"><RequestDetailPage /></RequireRole>} />
        <Route path={NAV_PATHS.complaints} element={<RequireRole page="complaints"><ComplaintsPage /></RequireRole>} />
        <Route path={`${NAV_PATHS.complaints}/:id`} element={<RequireRole page="complaints"><ComplaintDetailPage /></RequireRole>} />
        <Route path={NAV_PATHS.returnVisits} element={<RequireRole page="returnVisits"><ReturnVisitsPage /></RequireRole>} />
        <Route path={NAV_PATHS.certification} element={<RequireRole page="certification"><AssessmentsPage /></RequireRole>} />
        <Route path={`${NAV_PATHS.certification}/:id`} element={<RequireRole page="certification"><AssessmentPage /></RequireRole>} />
        <Route path={NAV_PATHS.technician} element={<RequireRole page="technician"><TechnicianJobsPage /></RequireRole>} />
        <Route path={`${NAV_PATHS.technician}/jobs/:id`} element={<RequireRole page="technician"><TechnicianJobPage /></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
