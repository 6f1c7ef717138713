import { Spin } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useAdminCatalogue } from '../hooks/useAdminCatalogue';
import { ADMIN_PAGES } from '../admin-pages';

/** The admin screens: their messages load with this chunk; a row of links switches between them. */
export default function AdminSection() {
  useAdminCatalogue();
  const { t } = useTranslation('admin');
  return (
    <>
      <nav className="sd-portal-nav sd-admin-nav" aria-label={t('nav.label')}>
        {ADMIN_PAGES.map((page) => (
          <NavLink key={page.key} to={`/admin/${page.path}`} className="sd-portal-nav-link">
            {t(`nav.${page.key}`)}
          </NavLink>
        ))}
      </nav>
      <Suspense
        fallback={
          <div className="sd-centered" role="status">
            <Spin />
          </div>
        }
      >
        <Outlet />
      </Suspense>
    </>
  );
}
