import { AppError } from '../errors/app-errors';

export const unauthenticated = (): AppError =>
  new AppError('UNAUTHENTICATED', { 'zh-CN': '请先登录（登录已失效或未登录）', en: 'Sign in first (no valid session)' });

export const forbidden = (): AppError =>
  new AppError('FORBIDDEN', { 'zh-CN': '您的角色无权执行此操作', en: 'Your role may not do this' });

export const orgMismatch = (): AppError =>
  new AppError('FORBIDDEN', {
    'zh-CN': 'X-Org-Code 请求头与登录用户所属组织不一致',
    en: 'The X-Org-Code header names another organisation than the signed-in user’s',
  });

export const invalidCredentials = (): AppError =>
  new AppError('INVALID_CREDENTIALS', { 'zh-CN': '组织、登录名或密码不正确', en: 'Wrong organisation, login or password' });

export const accountLocked = (until: Date, minutes: number): AppError =>
  new AppError('ACCOUNT_LOCKED', {
    'zh-CN': `连续多次登录失败，账户已锁定，请在 ${minutes} 分钟后（${until.toISOString().slice(11, 16)} UTC）再试，或联系管理员`,
    en: `Too many failed sign-ins: the account is locked; try again in ${minutes} minutes (${until.toISOString().slice(11, 16)} UTC) or ask an administrator`,
  });

/** A resolver or route that says neither @Allow(...) nor @Public(): refused, and the access test fails. */
export const accessUndeclared = (operation: string): AppError =>
  new AppError('ACCESS_UNDECLARED', {
    'zh-CN': `操作 ${operation} 未声明访问权限（@Allow 或 @Public），已拒绝`,
    en: `Operation ${operation} declares no access (@Allow or @Public) and is refused`,
  });
