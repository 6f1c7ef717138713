import { describe, expect, it } from 'vitest';
import { accessFormErrors, accountStateOf, filterUsers } from './user-access.util';

const NOW = new Date('2026-11-23T10:00:00Z');

describe('accountStateOf', () => {
  it('says deactivated before anything else, even with a lock running', () => {
    expect(accountStateOf({ active: false, hasLogin: true, lockedUntil: '2026-11-23T10:10:00Z' }, NOW)).toEqual({ kind: 'DEACTIVATED' });
  });

  it('says no login yet for an active person without a password', () => {
    expect(accountStateOf({ active: true, hasLogin: false, lockedUntil: null }, NOW)).toEqual({ kind: 'NO_LOGIN' });
  });

  it('says locked until the time while the lock runs, and active once it has run out', () => {
    expect(accountStateOf({ active: true, hasLogin: true, lockedUntil: '2026-11-23T10:10:00Z' }, NOW)).toEqual({ kind: 'LOCKED', until: new Date('2026-11-23T10:10:00Z') });
    expect(accountStateOf({ active: true, hasLogin: true, lockedUntil: '2026-11-23T09:59:59Z' }, NOW)).toEqual({ kind: 'ACTIVE' });
    expect(accountStateOf({ active: true, hasLogin: true, lockedUntil: null }, NOW)).toEqual({ kind: 'ACTIVE' });
  });
});

describe('filterUsers', () => {
  const users = [
    { login: 'li.na', name: '李娜', role: 'DISPATCHER' as const, active: true, hasLogin: true, lockedUntil: null },
    { login: 'wang.gong', name: '王工', role: 'TECHNICIAN' as const, active: true, hasLogin: false, lockedUntil: null },
    { login: 'old.hand', name: '老张', role: 'TECHNICIAN' as const, active: false, hasLogin: true, lockedUntil: null },
  ];

  it('matches part of the login or the name, case-insensitively', () => {
    expect(filterUsers(users, 'LI', 'ALL', NOW).map((user) => user.login)).toEqual(['li.na']);
    expect(filterUsers(users, '王', 'ALL', NOW).map((user) => user.login)).toEqual(['wang.gong']);
  });

  it('keeps one account state', () => {
    expect(filterUsers(users, '', 'NO_LOGIN', NOW).map((user) => user.login)).toEqual(['wang.gong']);
    expect(filterUsers(users, '', 'DEACTIVATED', NOW).map((user) => user.login)).toEqual(['old.hand']);
    expect(filterUsers(users, ' ', 'ALL', NOW)).toHaveLength(3);
  });
});

describe('accessFormErrors', () => {
  const other = { self: false, currentRole: 'TECHNICIAN' as const, passwordRequired: true };

  it('asks for a role, a password when granting, and an outlet for dispatchers and technicians', () => {
    expect(accessFormErrors({}, other)).toEqual([
      { field: 'role', key: 'required' },
      { field: 'password', key: 'required' },
    ]);
    expect(accessFormErrors({ role: 'DISPATCHER', outletIds: [], password: 'x' }, other)).toEqual([{ field: 'outletIds', key: 'outletRequired' }]);
    expect(accessFormErrors({ role: 'MANAGER', outletIds: [], password: 'x' }, other)).toEqual([]);
    expect(accessFormErrors({ role: 'TECHNICIAN', outletIds: ['o1'] }, { ...other, passwordRequired: false })).toEqual([]);
  });

  it('stops an administrator from giving up their own ADMIN role, but not from keeping it', () => {
    const self = { self: true, currentRole: 'ADMIN' as const, passwordRequired: false };
    expect(accessFormErrors({ role: 'MANAGER' }, self)).toEqual([{ field: 'role', key: 'ownAdminRole' }]);
    expect(accessFormErrors({ role: 'ADMIN' }, self)).toEqual([]);
    expect(accessFormErrors({ role: 'MANAGER' }, { ...self, self: false })).toEqual([]);
  });
});
