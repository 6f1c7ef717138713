import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';

/** Who is signed in (name, role, organisation) and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const role = t(`auth.roles.${user.role}`);
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', disabled: true, label: `${user.name} · ${role}`, title: `${user.login}@${user.organisation.code}` },
          { key: 'org', disabled: true, label: user.organisation.name },
          { type: 'divider' },
          { key: 'signOut', icon: <LogoutOutlined />, label: t('auth.signOut') },
        ],
        onClick: ({ key }) => {
          if (key === 'signOut') signOut();
        },
      }}
    >
      <Button type="text" icon={<UserOutlined aria-hidden />} aria-label={`${t('auth.userMenu')}: ${user.name}`} data-testid="user-menu">
        <span className="sd-user-name">{user.name}</span>
        <span className="sd-user-role">{role}</span>
        <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
