import { Button, Card, Descriptions, Empty, Flex, Form, Grid, Input, Popconfirm, Select, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { AdminUsersQuery, StaffRole } from '../../../gql/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { useNow } from '../../../shared/hooks/useNow';
import { AdminUsersDocument, GrantUserLoginDocument, RevokeUserSessionsDocument, UnlockUserAccountDocument, UpdateUserAccessDocument } from '../graphql/users';
import { USER_ROLES, accessFormErrors, accountStateOf, filterUsers, isOutletScoped, type AccessValues, type AccountState, type AccountStateFilter } from '../user-access.util';
import { AdminTable } from './AdminTable';
import { FormDrawer } from './FormDrawer';

type User = AdminUsersQuery['users'][number];
type Outlet = AdminUsersQuery['outlets'][number];
type Editing = { user: User; mode: 'grant' | 'access' };

const STATE_COLORS: Record<AccountState['kind'], string> = { ACTIVE: 'success', LOCKED: 'error', NO_LOGIN: 'default', DEACTIVATED: 'default' };
const STATE_FILTERS: AccountStateFilter[] = ['ALL', 'ACTIVE', 'LOCKED', 'NO_LOGIN', 'DEACTIVATED'];
const FIELDS = ['role', 'outletIds', 'password'] as const;
const formatTime = (value: string | Date): string => dayjs(value).format('YYYY-MM-DD HH:mm');

function StateTag({ state }: { state: AccountState }) {
  const { t } = useTranslation('admin');
  const label = state.kind === 'LOCKED' ? t('users.states.LOCKED', { until: formatTime(state.until) }) : t(`users.states.${state.kind}`);
  return <Tag color={STATE_COLORS[state.kind]}>{label}</Tag>;
}

/** What each role may do, so the administrator chooses knowingly. */
function RoleGuide() {
  const { t } = useTranslation('admin');
  return (
    <Card title={t('users.rolesTitle')} size="small" className="sd-admin-card">
      <Descriptions
        size="small"
        column={1}
        items={USER_ROLES.map((role) => ({ key: role, label: t(`roles.${role}`), children: t(`users.roleDescriptions.${role}`) }))}
      />
    </Card>
  );
}

/** Give a login (role, outlets, password in one step), set a new password, or change role and outlets. */
function AccessDrawer({ editing, outlets, selfId, onClose, onSaved }: { editing: Editing | null; outlets: readonly Outlet[]; selfId: string; onClose: () => void; onSaved: (editing: Editing) => void }) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<AccessValues>();
  const [, grant] = useMutation(GrantUserLoginDocument);
  const [, update] = useMutation(UpdateUserAccessDocument);
  const user = editing?.user;
  const self = user?.staffId === selfId;
  const withPassword = editing?.mode === 'grant';
  const options = { self, currentRole: user?.role ?? 'TECHNICIAN', passwordRequired: withPassword };
  const errorFor = (field: 'role' | 'outletIds' | 'password') => () => ({
    validator: async () => {
      const error = accessFormErrors(form.getFieldsValue(), options).find((candidate) => candidate.field === field);
      if (error) throw new Error(t(`users.errors.${error.key}`));
    },
  });
  const title = !user ? '' : editing?.mode === 'access' ? t('users.accessTitle', { name: user.name }) : t(user.hasLogin ? 'users.resetTitle' : 'users.grantTitle', { name: user.name });
  const outletOptions = outlets
    .filter((outlet) => outlet.active || user?.outletIds.includes(outlet.id))
    .map((outlet) => ({ value: outlet.id, label: `${outlet.code} ${outlet.name}` }));

  return (
    <FormDrawer<AccessValues>
      title={title}
      open={Boolean(editing)}
      onClose={onClose}
      form={form}
      fields={FIELDS}
      initialValues={user ? { role: user.role, outletIds: [...user.outletIds], password: '' } : {}}
      onSave={async (values) => {
        const target = editing!.user;
        const input = { role: values.role ?? null, outletIds: values.outletIds ?? [] };
        if (editing!.mode === 'grant') return grant({ input: { ...input, staffId: target.staffId, expectedVersion: target.version, password: values.password ?? null } });
        return update({ input: { ...input, id: target.staffId, expectedVersion: target.version } });
      }}
      onSaved={() => onSaved(editing!)}
    >
      <Form.Item name="role" label={t('users.role')} required rules={[errorFor('role')]} extra={self ? t('users.selfRoleHint') : undefined}>
        <Select options={USER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} onChange={() => void form.validateFields(['outletIds']).catch(() => undefined)} />
      </Form.Item>
      <Form.Item noStyle dependencies={['role']}>
        {({ getFieldValue }) => (
          <Form.Item name="outletIds" label={t('users.outlets')} required={isOutletScoped(getFieldValue('role') as StaffRole)} rules={[errorFor('outletIds')]} extra={t('users.outletsHelp')}>
            <Select mode="multiple" optionFilterProp="label" options={outletOptions} />
          </Form.Item>
        )}
      </Form.Item>
      {withPassword ? (
        <Form.Item name="password" label={t('users.password')} required rules={[errorFor('password')]} extra={t('users.passwordHelp')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      ) : null}
    </FormDrawer>
  );
}

function useRowActions(refresh: () => void) {
  const { t } = useTranslation('admin');
  const { t: tApp } = useTranslation();
  const { notify } = useFeedback();
  const [, update] = useMutation(UpdateUserAccessDocument);
  const [, unlock] = useMutation(UnlockUserAccountDocument);
  const [, revoke] = useMutation(RevokeUserSessionsDocument);
  const report = (error: CombinedError | undefined, success: string) => {
    if (!error) {
      notify('success', success);
      refresh();
      return;
    }
    const fieldErrors = serverFieldErrorsOf(error);
    notify('error', fieldErrors ? fieldErrors.map((fieldError) => fieldError.message).join(' ') : `${t('users.actionFailed')}: ${describeGraphqlError(error, tApp)}`);
    refresh();
  };
  return {
    setActive: async (user: User, active: boolean) =>
      report((await update({ input: { id: user.staffId, expectedVersion: user.version, active } })).error, t(active ? 'users.reactivated' : 'users.deactivated', { name: user.name })),
    unlock: async (user: User) => report((await unlock({ staffId: user.staffId })).error, t('users.unlocked', { name: user.name })),
    revoke: async (user: User) => {
      const result = await revoke({ staffId: user.staffId });
      report(result.error, t('users.revoked', { name: user.name, count: result.data?.revokeUserSessions ?? 0 }));
    },
  };
}

/** The phone layout: one card per person, with the same loading, error and empty states as the table. */
function UserCards({ users, error, onRetry, emptyText, render }: { users: User[] | undefined; error: CombinedError | undefined; onRetry: () => void; emptyText: string; render: (user: User) => ReactNode }) {
  const { t } = useTranslation('admin');
  if (error) return <QueryError title={t('common.loadFailed')} error={error} onRetry={onRetry} />;
  if (!users) {
    return (
      <div className="sd-centered" role="status">
        <Spin />
      </div>
    );
  }
  if (!users.length) return <Empty description={emptyText} />;
  return (
    <Flex vertical gap={12} role="list" aria-label={t('users.title')}>
      {users.map((user) => (
        <div role="listitem" key={user.staffId}>
          {render(user)}
        </div>
      ))}
    </Flex>
  );
}

/** Users and roles: every staff member's sign-in, role and outlet scope, and what an administrator does about them. */
export default function UsersPage() {
  const { t } = useTranslation('admin');
  const { notify } = useFeedback();
  const now = useNow();
  const [result, reexecute] = useQuery({ query: AdminUsersDocument });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const [search, setSearch] = useState('');
  const [stateFilter, setStateFilter] = useState<AccountStateFilter>('ALL');
  const [editing, setEditing] = useState<Editing | null>(null);
  const actions = useRowActions(refresh);
  const outlets = useMemo(() => result.data?.outlets ?? [], [result.data]);
  const outletCode = useMemo(() => new Map(outlets.map((outlet) => [outlet.id, outlet.code])), [outlets]);
  // Who is signed in comes with the list (not from the shell's auth context, which would split a shared chunk off the shell).
  const selfId = result.data?.me.id ?? '';
  const users = result.data ? filterUsers(result.data.users, search, stateFilter, now) : undefined;
  // On a phone each person is a card (all actions in reach); from the md breakpoint a table.
  const narrow = Grid.useBreakpoint().md === false;
  const emptyText = result.data?.users.length ? t('common.empty') : t('users.emptyHint');

  const scopeOf = (user: User) => {
    if (!isOutletScoped(user.role)) return <Typography.Text type="secondary">{t('users.wholeOrganisation')}</Typography.Text>;
    if (!user.outletIds.length) return <Typography.Text type="warning">{t('users.noOutlets')}</Typography.Text>;
    return (
      <Space wrap size={4}>
        {user.outletIds.map((id) => (
          <Tag key={id}>{outletCode.get(id) ?? id}</Tag>
        ))}
      </Space>
    );
  };

  const actionsOf = (user: User) => {
    const state = accountStateOf(user, now);
    const self = user.staffId === selfId;
    return (
      <Space wrap size={0}>
        {user.active ? (
          <Button type="link" size="small" onClick={() => setEditing({ user, mode: 'grant' })}>
            {user.hasLogin ? t('users.resetPassword') : t('users.grant')}
          </Button>
        ) : null}
        <Button type="link" size="small" onClick={() => setEditing({ user, mode: 'access' })}>
          {t('users.changeAccess')}
        </Button>
        {state.kind === 'LOCKED' ? (
          <Popconfirm title={t('users.confirmUnlock', { name: user.name })} onConfirm={() => actions.unlock(user)}>
            <Button type="link" size="small">
              {t('users.unlock')}
            </Button>
          </Popconfirm>
        ) : null}
        {user.hasLogin && user.active ? (
          <Tooltip title={self ? t('users.selfRevoke') : undefined}>
            <Popconfirm title={t('users.confirmRevoke', { name: user.name })} onConfirm={() => actions.revoke(user)} disabled={self}>
              <Button type="link" size="small" disabled={self}>
                {t('users.revoke')}
              </Button>
            </Popconfirm>
          </Tooltip>
        ) : null}
        {user.active ? (
          <Tooltip title={self ? t('users.selfDeactivate') : undefined}>
            <Popconfirm title={t('users.confirmDeactivate', { name: user.name })} onConfirm={() => actions.setActive(user, false)} disabled={self}>
              <Button type="link" size="small" danger disabled={self}>
                {t('users.deactivate')}
              </Button>
            </Popconfirm>
          </Tooltip>
        ) : (
          <Popconfirm title={t('users.confirmReactivate', { name: user.name })} onConfirm={() => actions.setActive(user, true)}>
            <Button type="link" size="small">
              {t('users.reactivate')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    );
  };

  return (
    <>
      <PageHeader title={t('users.title')} subtitle={t('users.subtitle')} />
      <Flex vertical gap={16}>
        <Flex className="sd-admin-toolbar" gap={8} wrap>
          <div className="sd-users-search">
            <Input.Search allowClear aria-label={t('users.search')} placeholder={t('users.search')} value={search} onChange={(event) => setSearch(event.target.value)} />
          </div>
          <Select<AccountStateFilter>
            aria-label={t('users.stateFilter')}
            value={stateFilter}
            onChange={setStateFilter}
            options={STATE_FILTERS.map((value) => ({ value, label: value === 'ALL' ? t('users.allStates') : t(`users.stateNames.${value}`) }))}
            className="sd-users-state"
          />
        </Flex>
        {narrow ? (
          <UserCards
            users={users}
            error={result.error}
            onRetry={refresh}
            emptyText={emptyText}
            render={(user) => (
              <Card
                key={user.staffId}
                size="small"
                className="sd-user-card"
                title={`${user.name}${user.staffId === selfId ? t('users.you') : ''}`}
                extra={<Tag color={user.role === 'ADMIN' ? 'purple' : 'blue'}>{t(`roles.${user.role}`)}</Tag>}
              >
                <Flex vertical gap={6}>
                  <Typography.Text type="secondary">{user.login}</Typography.Text>
                  <div>{scopeOf(user)}</div>
                  <Flex gap={8} wrap align="center">
                    <StateTag state={accountStateOf(user, now)} />
                    <Typography.Text type="secondary">
                      {t('users.lastLogin')}: {user.lastLoginAt ? formatTime(user.lastLoginAt) : t('users.never')}
                    </Typography.Text>
                  </Flex>
                  {actionsOf(user)}
                </Flex>
              </Card>
            )}
          />
        ) : (
        <AdminTable<User>
          label={t('users.title')}
          error={result.error}
          fetching={result.fetching}
          onRetry={refresh}
          rowKey="staffId"
          dataSource={users}
          locale={{ emptyText: <Empty description={emptyText} /> }}
          columns={[
            {
              title: t('users.person'),
              key: 'person',
              render: (_, user) => (
                <Flex vertical>
                  <Typography.Text strong>
                    {user.name}
                    {user.staffId === selfId ? t('users.you') : ''}
                  </Typography.Text>
                  <Typography.Text type="secondary">{user.login}</Typography.Text>
                </Flex>
              ),
            },
            { title: t('users.role'), dataIndex: 'role', render: (role: StaffRole) => <Tag color={role === 'ADMIN' ? 'purple' : 'blue'}>{t(`roles.${role}`)}</Tag> },
            { title: t('users.scope'), key: 'scope', render: (_, user) => scopeOf(user) },
            { title: t('users.state'), key: 'state', render: (_, user) => <StateTag state={accountStateOf(user, now)} /> },
            {
              title: t('users.lastLogin'),
              dataIndex: 'lastLoginAt',
              render: (value: string | null) => (value ? formatTime(value) : <Typography.Text type="secondary">{t('users.never')}</Typography.Text>),
            },
            { title: t('users.sessions'), dataIndex: 'openSessions', align: 'right' },
            { title: t('common.actions'), key: 'actions', width: 320, render: (_, user) => actionsOf(user) },
          ]}
        />
        )}
        <RoleGuide />
      </Flex>
      <AccessDrawer
        editing={editing}
        outlets={outlets}
        selfId={selfId}
        onClose={() => setEditing(null)}
        onSaved={({ user, mode }) => {
          notify('success', mode === 'access' ? t('common.saved') : t(user.hasLogin ? 'users.passwordReset' : 'users.granted', { name: user.name }));
          setEditing(null);
          refresh();
        }}
      />
    </>
  );
}
