import { Spin, Tabs } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';

export const QUALITY_TABS = ['documents', 'correctiveActions', 'audits', 'reviews', 'notifications', 'profile', 'evidence'] as const;
export type QualityTab = (typeof QUALITY_TABS)[number];

export const QUALITY_PATHS: Record<QualityTab, string> = {
  documents: '/quality/documents',
  correctiveActions: '/quality/corrective-actions',
  audits: '/quality/audits',
  reviews: '/quality/reviews',
  notifications: '/quality/notifications',
  profile: '/quality/profile',
  evidence: '/quality/evidence',
};

/** The registers share one heading and a tab bar; each register is its own lazily loaded route. */
export default function QualityRegistersLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = QUALITY_TABS.find((tab) => pathname.startsWith(QUALITY_PATHS[tab])) ?? 'documents';
  return (
    <>
      <PageHeader title={`${t('quality.title')} · ${t(`quality.tabs.${active}`)}`} subtitle={t('quality.subtitle')} />
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(QUALITY_PATHS[key as QualityTab])}
        items={QUALITY_TABS.map((tab) => ({ key: tab, label: t(`quality.tabs.${tab}`) }))}
      />
      <Suspense fallback={<Spin className="sd-centered" />}>
        <Outlet />
      </Suspense>
    </>
  );
}
