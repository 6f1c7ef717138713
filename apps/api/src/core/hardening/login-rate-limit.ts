import { rateLimited } from '../errors/app-errors';
import { RateLimiter } from './rate-limiter';

/** Sign-in attempts a minute per client address by default (STARDESK_LOGIN_RATE); a login name gets half. */
export const DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE = 10;

/**
 * Brute force meets this before any password is checked: too many attempts from one address, or at one
 * login name from anywhere, get RATE_LIMITED with the seconds to wait (the per-account lockout then
 * guards each account on its own). Zero attempts a minute turns it off.
 */
export class LoginThrottle {
  private readonly perAddress: RateLimiter | null;
  private readonly perLogin: RateLimiter | null;

  constructor(attemptsPerMinute: number = DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE) {
    this.perAddress = attemptsPerMinute > 0 ? new RateLimiter({ ratePerSecond: attemptsPerMinute / 60, burst: attemptsPerMinute * 2 }) : null;
    this.perLogin = attemptsPerMinute > 0 ? new RateLimiter({ ratePerSecond: attemptsPerMinute / 120, burst: attemptsPerMinute }) : null;
  }

  assertAllowed(address: string | undefined, login: string): void {
    if (!this.perAddress || !this.perLogin) return;
    const byAddress = this.perAddress.consume(`ip:${address ?? 'unknown'}`);
    const byLogin = this.perLogin.consume(`login:${login.trim().toLowerCase()}`);
    if (!byAddress.allowed || !byLogin.allowed) throw rateLimited(Math.max(byAddress.retryAfterSeconds, byLogin.retryAfterSeconds));
  }
}
