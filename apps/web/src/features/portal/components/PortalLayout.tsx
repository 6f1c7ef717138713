import { GlobalOutlined } from '@ant-design/icons';
import { Button, Result, Spin } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { PortalOrganisationDocument } from '../graphql/portal';
import { PortalOrganisationContext } from '../hooks/usePortalOrganisation';
import { PortalError } from './PortalError';

function LanguageButton() {
  const { t } = useTranslation('portal');
  const { language, setLanguage } = useLanguage();
  const other = language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button type="text" icon={<GlobalOutlined aria-hidden />} aria-label={t('switchLanguage')} lang={other} onClick={() => void setLanguage(other).catch(() => undefined)}>
      {t('languageShort')}
    </Button>
  );
}

/** Header, navigation and page of the portal; for a portal address it loads the organisation first. */
export function PortalLayout() {
  const { orgCode } = useParams();
  const { t } = useTranslation('portal');
  const [result, reexecute] = useQuery({ query: PortalOrganisationDocument, variables: { orgCode: orgCode ?? '' }, pause: !orgCode });
  const organisation = result.data?.portalOrganisation;
  const title = organisation?.name ?? t('brand');

  useEffect(() => {
    document.title = `${title} · ${t('brand')}`;
  }, [title, t]);

  const base = `/portal/${orgCode ?? ''}`;
  const links = [
    { to: base, label: t('nav.home'), end: true },
    { to: `${base}/request`, label: t('nav.request') },
    { to: `${base}/track`, label: t('nav.track') },
    { to: `${base}/faq`, label: t('nav.faq') },
    { to: `${base}/manuals`, label: t('nav.manuals') },
  ];

  let body;
  if (!orgCode) {
    body = <Outlet />;
  } else if (result.error) {
    const unknown = result.error.graphQLErrors.some((error) => error.extensions?.['code'] === 'ORG_NOT_FOUND');
    body = unknown ? (
      <Result status="404" title={t('orgNotFound')} subTitle={t('orgNotFoundHint')} />
    ) : (
      <PortalError title={t('orgNotFound')} error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  } else if (!organisation) {
    body = (
      <div className="sd-centered" role="status">
        <Spin description={t('loadingOrg')} />
      </div>
    );
  } else {
    body = (
      <PortalOrganisationContext value={organisation}>
        <Outlet />
      </PortalOrganisationContext>
    );
  }

  return (
    <div className="sd-portal">
      <header className="sd-portal-header">
        <span className="sd-portal-brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{title}</span>
        </span>
        <LanguageButton />
      </header>
      {orgCode && organisation ? (
        <nav className="sd-portal-nav" aria-label={t('nav.label')}>
          {links.map((link) => (
            <NavLink key={link.to} to={link.to} end={link.end} className="sd-portal-nav-link">
              {link.label}
            </NavLink>
          ))}
        </nav>
      ) : null}
      <main className="sd-portal-main">
        <Suspense
          fallback={
            <div className="sd-centered" role="status">
              <Spin />
            </div>
          }
        >
          {body}
        </Suspense>
      </main>
    </div>
  );
}
