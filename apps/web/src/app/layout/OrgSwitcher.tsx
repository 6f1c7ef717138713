import { BankOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useOrganisations } from '../organisation/organisation-context';

/** Outlet ids belong to one organisation; a filter on them means nothing in another. */
const ORGANISATION_SCOPED_PARAMS = ['outlet'];

/**
 * The organisation whose data is shown. A menu button rather than a select: it reuses the menu the
 * navigation already loads, keeping the first download small.
 */
export function OrgSwitcher() {
  const { t } = useTranslation();
  const { state, organisations, select } = useOrganisations();
  const [, setSearchParams] = useSearchParams();
  const current = state.status === 'ready' ? state.current : null;

  const onSelect: MenuProps['onClick'] = ({ key }) => {
    if (key === current?.code) return;
    select(key);
    void setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        for (const name of ORGANISATION_SCOPED_PARAMS) next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <Dropdown
      trigger={['click']}
      disabled={organisations.length === 0}
      autoFocus
      menu={{
        items: organisations.map((organisation) => ({ key: organisation.code, label: organisation.name })),
        selectable: true,
        selectedKeys: current ? [current.code] : [],
        onClick: onSelect,
      }}
    >
      <Button
        type="text"
        className="sd-org-switcher"
        icon={<BankOutlined aria-hidden />}
        loading={state.status === 'loading'}
        aria-label={`${t('header.organisation')}: ${current?.name ?? t('header.organisationPlaceholder')}`}
        aria-haspopup="menu"
      >
        <span className="sd-org-name">{current?.name ?? t('header.organisationPlaceholder')}</span>
        <DownOutlined aria-hidden className="sd-org-caret" />
      </Button>
    </Dropdown>
  );
}
