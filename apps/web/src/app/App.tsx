import { ConfigProvider, type ThemeConfig } from 'antd';
import type { i18n as I18n } from 'i18next';
import { lazy, Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { useAntdLocale } from './antd-locale';
import { ErrorBoundary } from './ErrorBoundary';
import { FeedbackProvider } from './feedback';
import { useLanguage } from './i18n/useLanguage';
import { AuthGate } from './auth/AuthGate';
import { OrganisationProvider } from './organisation/OrganisationProvider';
import { RouteError } from './RouteError';
import { AppRoutes } from './router';

// The public customer portal and survey links: their own chunk, shell and client (no organisation picker).
const PortalApp = lazy(() => import('../features/portal/components/PortalApp'));

/** Buttons read as written (antd would render “取消” as “取 消”), also for tests and screen readers. */
const BUTTON_CONFIG = { autoInsertSpace: false };

const THEME: ThemeConfig = {
  token: { colorPrimary: '#1677ff', borderRadius: 6 },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', headerHeight: 56, siderBg: '#ffffff', bodyBg: '#f5f7fa' },
  },
};

export function App({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <BrowserRouter>
        <LocalisedApp />
      </BrowserRouter>
    </I18nextProvider>
  );
}

function LocalisedApp() {
  const { language } = useLanguage();
  const antdLocale = useAntdLocale(language);
  return (
    <ConfigProvider locale={antdLocale} theme={THEME} button={BUTTON_CONFIG}>
      <FeedbackProvider>
        <ErrorBoundary fallback={<RouteError />}>
          <Routes>
            <Route path="/portal/*" element={<Suspense fallback={null}><PortalApp entry="portal" /></Suspense>} />
            <Route path="/survey/*" element={<Suspense fallback={null}><PortalApp entry="survey" /></Suspense>} />
            <Route
              path="*"
              element={
                <AuthGate>
                  <OrganisationProvider>
                    <AppRoutes />
                  </OrganisationProvider>
                </AuthGate>
              }
            />
          </Routes>
        </ErrorBoundary>
      </FeedbackProvider>
    </ConfigProvider>
  );
}
