import { render, type RenderResult } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { Locale } from '@stardesk/domain';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Provider as UrqlProvider, type Client } from 'urql';
import { AuthContext } from '../app/auth/auth-context';
import type { SignedInUser } from '../app/auth/session';
import { FeedbackProvider } from '../app/feedback';
import { en } from '../app/i18n/en';
import { addMessages, createI18n, registerCatalogue } from '../app/i18n/i18n';
import { kpiEn } from '../app/i18n/kpi.en';
import { kpiZhCN } from '../app/i18n/kpi.zh-CN';
import { opsEn } from '../app/i18n/ops.en';
import { opsZhCN } from '../app/i18n/ops.zh-CN';
import { qualityEn } from '../features/quality-registers/i18n/en';
import { qualityZhCN } from '../features/quality-registers/i18n/zh-CN';
import { certificationEn } from '../features/certification/i18n/en';
import { certificationZhCN } from '../features/certification/i18n/zh-CN';
import { OrganisationContext, type Organisation, type OrganisationContextValue } from '../app/organisation/organisation-context';

interface RenderOptions {
  client: Client;
  language?: Locale;
  /** Initial URL, e.g. `/requests?status=NEW`. */
  url?: string;
  /** Route pattern the UI is mounted at, e.g. `/requests/new`. */
  path?: string;
  organisation?: Organisation;
  /** The signed-in user: an administrator unless a test plays another role. */
  user?: SignedInUser;
}

// The app loads these with the pages that use them (and English when chosen); tests render those pages directly.
registerCatalogue('en', en);
addMessages({ 'zh-CN': opsZhCN, en: opsEn });
addMessages({ 'zh-CN': { quality: qualityZhCN }, en: { quality: qualityEn } });
addMessages({ 'zh-CN': { certification: certificationZhCN }, en: { certification: certificationEn } });
addMessages({ 'zh-CN': { kpi: kpiZhCN }, en: { kpi: kpiEn } });

export const TEST_ORGANISATION: Organisation = { id: 'org-1', code: 'ACME', name: '星辰家电', timeZone: 'Asia/Shanghai' };
export const TEST_USER: SignedInUser = { id: 'staff-admin', login: 'admin', name: '管理员', role: 'ADMIN', organisation: { code: 'ACME', name: '星辰家电' }, outlets: [] };

/** Shows where the app navigated to, for assertions. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export function renderWithProviders(
  ui: ReactElement,
  { client, language = 'zh-CN', url = '/', path = '/', organisation = TEST_ORGANISATION, user = TEST_USER }: RenderOptions,
): RenderResult {
  const i18n = createI18n(language);
  const organisations: OrganisationContextValue = {
    state: { status: 'ready', current: organisation },
    organisations: [organisation],
    select: () => undefined,
    retry: () => undefined,
  };
  const wrap = (children: ReactNode) => (
    <I18nextProvider i18n={i18n}>
      {/* No motion: jsdom never ends CSS transitions, so leaving elements would linger. */}
      <ConfigProvider button={{ autoInsertSpace: false }} theme={{ token: { motion: false } }}>
        <FeedbackProvider>
          <AuthContext value={{ user, signOut: () => undefined }}>
          <OrganisationContext value={organisations}>
          <UrqlProvider value={client}>
            <MemoryRouter initialEntries={[url]}>
              <Routes>
                <Route path={path} element={children} />
                <Route path="*" element={null} />
              </Routes>
              <LocationProbe />
            </MemoryRouter>
          </UrqlProvider>
          </OrganisationContext>
          </AuthContext>
        </FeedbackProvider>
      </ConfigProvider>
    </I18nextProvider>
  );
  return render(wrap(ui));
}
