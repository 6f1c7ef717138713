import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient, type MockResponse } from '../../../testing/mock-graphql-client';
import { renderWithProviders, TEST_USER } from '../../../testing/render';
import { useAdminCatalogue } from '../hooks/useAdminCatalogue';
import UsersPage from './UsersPage';

const SLOW = { timeout: 8000 };
const IN_AN_HOUR = new Date(Date.now() + 3_600_000).toISOString();

function aUser(overrides: Record<string, unknown>) {
  return {
    __typename: 'UserOverview',
    staffId: 'staff-x',
    login: 'x',
    name: 'X',
    role: 'TECHNICIAN',
    outletIds: [],
    active: true,
    hasLogin: true,
    lockedUntil: null,
    failedLogins: 0,
    lastLoginAt: null,
    openSessions: 0,
    version: 3,
    ...overrides,
  };
}

const USERS = [
  aUser({ staffId: TEST_USER.id, login: 'admin', name: '管理员', role: 'ADMIN', lastLoginAt: '2026-11-20T02:00:00Z', openSessions: 1 }),
  aUser({ staffId: 'staff-li', login: 'li.na', name: '李娜', role: 'DISPATCHER', outletIds: ['outlet-sh'], lockedUntil: IN_AN_HOUR, failedLogins: 5 }),
  aUser({ staffId: 'staff-wang', login: 'wang.gong', name: '王工', hasLogin: false }),
  aUser({ staffId: 'staff-old', login: 'old.hand', name: '老张', active: false }),
];

function WithMessages() {
  useAdminCatalogue();
  return <UsersPage />;
}

function setup(onGrant: (input: Record<string, unknown>) => MockResponse = () => ({ data: { grantUserLogin: { __typename: 'UserOverview', staffId: 'staff-li', version: 4 } } })) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const client = mockGraphqlClient((name, variables) => {
    calls.push({ name, variables });
    if (name === 'AdminUsers') {
      return { data: { users: USERS, outlets: [{ __typename: 'Outlet', id: 'outlet-sh', code: 'SH-01', name: '浦东服务中心', active: true }], me: { __typename: 'CurrentUser', id: TEST_USER.id } } };
    }
    if (name === 'GrantUserLogin') return onGrant(variables['input'] as Record<string, unknown>);
    throw new Error(`unexpected operation ${name}`);
  });
  renderWithProviders(<WithMessages />, { client, url: '/admin/users', path: '/admin/users' });
  return { calls };
}

// jsdom matches no media query, so the page shows its phone layout (one card per person); a table row on a desktop.
const rowOf = async (login: string): Promise<HTMLElement> => (await screen.findByText(login, undefined, SLOW)).closest<HTMLElement>('tr, [role="listitem"]')!;

describe('UsersPage', () => {
  it('shows each person’s account state, scope and the actions that fit', async () => {
    setup();
    const li = await rowOf('li.na');
    expect(within(li).getByText(/^锁定至 /)).toBeTruthy();
    expect(within(li).getByText('SH-01')).toBeTruthy();
    expect(within(li).getByRole('button', { name: '解锁' })).toBeTruthy();
    expect(within(await rowOf('wang.gong')).getByText('尚未开通登录')).toBeTruthy();
    expect(within(await rowOf('wang.gong')).getByRole('button', { name: '开通登录' })).toBeTruthy();
    const old = await rowOf('old.hand');
    expect(within(old).getByText('已停用')).toBeTruthy();
    expect(within(old).getByRole('button', { name: '重新启用' })).toBeTruthy();
    const self = await rowOf('admin');
    expect(within(self).getByText('整个组织')).toBeTruthy();
    expect((within(self).getByRole('button', { name: '停用' }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(self).getByRole('button', { name: '强制下线' }) as HTMLButtonElement).disabled).toBe(true);
  }, 20_000);

  it('filters by part of the login or name', async () => {
    setup();
    await rowOf('li.na');
    fireEvent.change(screen.getByRole('searchbox', { name: '按登录名或姓名搜索' }), { target: { value: '王' } });
    await waitFor(() => expect(screen.queryByText('li.na')).toBeNull());
    expect(screen.getByText('wang.gong')).toBeTruthy();
  }, 20_000);

  it('asks for an outlet before giving a technician a login, and sends nothing until the form is right', async () => {
    const { calls } = setup();
    fireEvent.click(within(await rowOf('wang.gong')).getByRole('button', { name: '开通登录' }));
    const drawer = await screen.findByRole('dialog', undefined, SLOW);
    expect(within(drawer).getAllByText('为 王工 开通登录').length).toBeGreaterThan(0);
    fireEvent.click(within(drawer).getByRole('button', { name: '保存' }));
    expect(await within(drawer).findByText('调度员和工程师至少要分配一个网点', undefined, SLOW)).toBeTruthy();
    expect(within(drawer).getByText('必填项')).toBeTruthy();
    expect(calls.some((call) => call.name === 'GrantUserLogin')).toBe(false);
  }, 20_000);

  it('sends role, outlets and the new password in one step and shows the API’s password errors on the field', async () => {
    const { calls } = setup(() => ({
      errors: [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'password', code: 'passwordTooShort', message: '密码至少 10 个字符' }] } }],
    }));
    fireEvent.click(within(await rowOf('li.na')).getByRole('button', { name: '重设密码' }));
    const drawer = await screen.findByRole('dialog', undefined, SLOW);
    expect(within(drawer).getAllByText('为 李娜 重设密码').length).toBeGreaterThan(0);
    fireEvent.change(within(drawer).getByLabelText('新密码'), { target: { value: 'short1' } });
    fireEvent.click(within(drawer).getByRole('button', { name: '保存' }));
    expect(await within(drawer).findByText('密码至少 10 个字符', undefined, SLOW)).toBeTruthy();
    expect(calls.find((call) => call.name === 'GrantUserLogin')?.variables['input']).toEqual({
      staffId: 'staff-li',
      expectedVersion: 3,
      role: 'DISPATCHER',
      outletIds: ['outlet-sh'],
      password: 'short1',
    });
  }, 20_000);
});
