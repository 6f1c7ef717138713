import { Spin } from 'antd';
import type { Locale } from '@stardesk/domain';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { createGraphqlClient } from '../../../app/graphql-client';
import { useCatalogue } from '../../../app/i18n/catalogues';
import { languageFromPreference } from '../../../app/i18n/language-preference.util';
import { portalEn } from '../../../app/i18n/portal.en';
import { portalZhCN } from '../../../app/i18n/portal.zh-CN';
import { PortalLayout } from './PortalLayout';

const PortalHome = lazy(() => import('./PortalHome'));
const PortalRequestPage = lazy(() => import('./PortalRequestPage'));
const PortalTrackPage = lazy(() => import('./PortalTrackPage'));
const PortalDocumentsPage = lazy(() => import('./PortalDocumentsPage'));
const SurveyPage = lazy(() => import('./SurveyPage'));

const PORTAL_MESSAGES = { 'zh-CN': portalZhCN, en: portalEn };

function PageFallback() {
  return (
    <div className="sd-centered" role="status">
      <Spin />
    </div>
  );
}

/**
 * The public customer portal: no login, no organisation picker, no staff data. Mounted at
 * `/portal/*` (the organisation comes from the address) and at `/survey/*` (the token is the key).
 * Its GraphQL client sends no organisation header; every portal operation names the organisation.
 */
export default function PortalApp({ entry }: { entry: 'portal' | 'survey' }) {
  useCatalogue('portal', PORTAL_MESSAGES);
  const { i18n } = useTranslation();
  const currentLanguage = useCallback((): Locale => languageFromPreference(i18n.language), [i18n]);
  const client = useMemo(() => createGraphqlClient({ orgCode: null, currentLanguage }), [currentLanguage]);
  return (
    <UrqlProvider value={client}>
      <Suspense fallback={<PageFallback />}>
        {entry === 'survey' ? (
          <Routes>
            <Route element={<PortalLayout />}>
              <Route path=":token" element={<SurveyPage />} />
            </Route>
          </Routes>
        ) : (
          <Routes>
            <Route path=":orgCode" element={<PortalLayout />}>
              <Route index element={<PortalHome />} />
              <Route path="request" element={<PortalRequestPage />} />
              <Route path="track" element={<PortalTrackPage />} />
              <Route path="faq" element={<PortalDocumentsPage kind="FAQ" />} />
              <Route path="manuals" element={<PortalDocumentsPage kind="PRODUCT_MANUAL" />} />
            </Route>
          </Routes>
        )}
      </Suspense>
    </UrqlProvider>
  );
}
