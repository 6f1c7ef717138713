import { rateLimited } from '../errors/app-errors';
import { loginRateLimits } from './rate-limiter';

/** Throws RATE_LIMITED when this address or this login name has tried to sign in too often. */
export function assertLoginAllowed(ip: string | undefined, login: string): void {
  const byIp = loginRateLimits.perIp.consume(`ip:${ip ?? 'unknown'}`);
  const byLogin = loginRateLimits.perLogin.consume(`login:${login.trim().toLowerCase()}`);
  if (!byIp.allowed || !byLogin.allowed) throw rateLimited(Math.max(byIp.retryAfterSeconds, byLogin.retryAfterSeconds));
}
