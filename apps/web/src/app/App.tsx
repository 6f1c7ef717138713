import { ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Locale as AntdLocale } from 'antd/es/locale';
import type { Locale } from '@stardesk/domain';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';
import { FeedbackProvider } from './feedback';
import { useLanguage } from './i18n/useLanguage';
import { AuthGate } from './auth/AuthGate';
import { OrganisationProvider } from './organisation/OrganisationProvider';
import { RouteError } from './RouteError';
import { AppRoutes } from './router';

/** Buttons read as written (antd would render “取消” as “取 消”), also for tests and screen readers. */
const BUTTON_CONFIG = { autoInsertSpace: false };

const ANTD_LOCALES: Record<Locale, AntdLocale> = { 'zh-CN': zhCN, en: enUS };

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
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={THEME} button={BUTTON_CONFIG}>
      <FeedbackProvider>
        <ErrorBoundary fallback={<RouteError />}>
          <AuthGate>
            <OrganisationProvider>
              <AppRoutes />
            </OrganisationProvider>
          </AuthGate>
        </ErrorBoundary>
      </FeedbackProvider>
    </ConfigProvider>
  );
}
