import type { Request } from 'express';

export const REFRESH_COOKIE = 'stardesk_refresh';
/** Only the GraphQL endpoint ever receives the refresh token (refreshSession and logout use it). */
const COOKIE_PATH = '/graphql';

export function readRefreshCookie(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** httpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure behind HTTPS. */
export function writeRefreshCookie(req: Request, token: string, expiresAt: Date): void {
  req.res?.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: isHttps(req),
    path: COOKIE_PATH,
    expires: expiresAt,
  });
}

export function clearRefreshCookie(req: Request): void {
  req.res?.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: isHttps(req), path: COOKIE_PATH });
}

function isHttps(req: Request): boolean {
  return req.secure || req.headers['x-forwarded-proto'] === 'https';
}
