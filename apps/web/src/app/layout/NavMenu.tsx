import {
  CustomerServiceOutlined,
  DashboardOutlined,
  PhoneOutlined,
  PlusCircleOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ToolOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { mayUse } from '../auth/roles';
import { NAV_PATHS, navKeyOf } from './navigation';

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = navKeyOf(pathname);
  const { user } = useAuth();
  const all = [
    { key: 'dashboard', icon: <DashboardOutlined />, label: <Link to={NAV_PATHS.dashboard}>{t('nav.dashboard')}</Link> },
    { key: 'requests', icon: <UnorderedListOutlined />, label: <Link to={NAV_PATHS.requests}>{t('nav.requests')}</Link> },
    { key: 'newRequest', icon: <PlusCircleOutlined />, label: <Link to={NAV_PATHS.newRequest}>{t('nav.newRequest')}</Link> },
    { key: 'complaints', icon: <CustomerServiceOutlined />, label: <Link to={NAV_PATHS.complaints}>{t('nav.complaints')}</Link> },
    { key: 'returnVisits', icon: <PhoneOutlined />, label: <Link to={NAV_PATHS.returnVisits}>{t('nav.returnVisits')}</Link> },
    { key: 'technician', icon: <ToolOutlined />, label: <Link to={NAV_PATHS.technician}>{t('nav.technician')}</Link> },
    { key: 'quality', icon: <SafetyCertificateOutlined />, label: <Link to={NAV_PATHS.quality}>{t('nav.quality')}</Link> },
    { key: 'certification', icon: <SafetyCertificateOutlined />, label: <Link to={NAV_PATHS.certification}>{t('nav.certification')}</Link> },
    { key: 'admin', icon: <SettingOutlined />, label: <Link to={NAV_PATHS.admin}>{t('nav.admin')}</Link> },
  ] as const;
  const items: MenuProps['items'] = all.filter((item) => mayUse(user.role, item.key));
  return (
    <nav aria-label={t('nav.label')}>
      <Menu mode="inline" items={items} selectedKeys={current ? [current] : []} onClick={() => onNavigate?.()} />
    </nav>
  );
}
