import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../ErrorBoundary';
import { RouteError } from '../RouteError';
import { OrganisationGate } from '../organisation/OrganisationGate';
import { LanguageToggle } from './LanguageToggle';
import { NavMenu } from './NavMenu';
import { OrgSwitcher } from './OrgSwitcher';
import { UserMenu } from './UserMenu';

const MobileNavDrawer = lazy(() => import('./MobileNavDrawer'));

export const MAIN_CONTENT_ID = 'main-content';

/**
 * Header (brand, organisation, language), navigation and the page. From the `md` breakpoint the
 * navigation is a side bar that folds to icons; below it, a drawer opened from the header, so the
 * page keeps the full width of a phone.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const wide = screens.md !== false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerUsed, setDrawerUsed] = useState(false);

  const menuButton = wide ? (
    <Button
      type="text"
      icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
      aria-label={collapsed ? t('nav.expandMenu') : t('nav.collapseMenu')}
      aria-expanded={!collapsed}
      onClick={() => setCollapsed((value) => !value)}
    />
  ) : (
    <Button
      type="text"
      icon={<MenuOutlined />}
      aria-label={t('nav.openMenu')}
      aria-expanded={drawerOpen}
      onClick={() => {
        setDrawerUsed(true);
        setDrawerOpen(true);
      }}
    />
  );

  return (
    <Layout className="sd-shell">
      <a className="sd-skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="sd-header">
        {menuButton}
        <Link to="/" className="sd-brand" aria-label={`${t('app.name')} – ${t('nav.dashboard')}`}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span className="sd-brand-name">{t('app.name')}</span>
          {screens.lg ? <span className="sd-brand-tagline">{t('app.tagline')}</span> : null}
        </Link>
        <div className="sd-header-actions">
          <OrgSwitcher />
          <LanguageToggle />
          <UserMenu />
        </div>
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider className="sd-sider" width={208} collapsedWidth={64} collapsed={collapsed} trigger={null} collapsible theme="light">
            <NavMenu />
          </Layout.Sider>
        ) : drawerUsed ? (
          <Suspense fallback={null}>
            <MobileNavDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />
          </Suspense>
        ) : null}
        <Layout.Content id={MAIN_CONTENT_ID} className="sd-content" tabIndex={-1}>
          <OrganisationGate>
            {/* Keyed by path: navigating away from a crashed page gives the next one a fresh start. */}
            <ErrorBoundary key={pathname} fallback={<RouteError />}>
              <Suspense
                fallback={
                  <div className="sd-centered" role="status">
                    <Spin description={t('app.pageLoading')} />
                  </div>
                }
              >
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          </OrganisationGate>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
