import type { ReactNode } from 'react';
import { useCatalogue } from '../../../app/i18n/catalogues';
import { portalEn } from '../../../app/i18n/portal.en';
import { portalZhCN } from '../../../app/i18n/portal.zh-CN';
import { PortalOrganisationContext, type PortalOrganisation } from '../hooks/usePortalOrganisation';

export const TEST_PORTAL_ORGANISATION: PortalOrganisation = {
  code: 'ACME',
  name: '星辰家电',
  today: '2026-11-23',
  products: [{ id: 'p-1', model: 'KFR-35GW', name: '空调' }],
  outlets: [{ id: 'o-1', name: '浦东服务中心', city: '上海', address: null }],
};

const MESSAGES = { 'zh-CN': portalZhCN, en: portalEn };

/** What the portal layout gives its pages: the portal messages and the organisation. */
export function PortalTestFrame({ children }: { children: ReactNode }) {
  useCatalogue('portal', MESSAGES);
  return <PortalOrganisationContext value={TEST_PORTAL_ORGANISATION}>{children}</PortalOrganisationContext>;
}
