import { Injectable } from '@nestjs/common';
import { AppError } from '../../core/errors/app-errors';

export interface ThrottleLimit {
  max: number;
  windowMs: number;
}

const positiveInt = (raw: string | undefined, fallback: number): number => {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/**
 * Limits of the public portal per client address (sliding window, in this process's memory): enough for
 * a household, too few to flood the queue or to try phone numbers against request codes. Set by
 * STARDESK_PORTAL_SUBMITS_PER_HOUR and STARDESK_PORTAL_LOOKUPS_PER_HOUR.
 */
export const PORTAL_LIMITS = {
  submit: { max: positiveInt(process.env['STARDESK_PORTAL_SUBMITS_PER_HOUR'], 10), windowMs: 3_600_000 },
  track: { max: positiveInt(process.env['STARDESK_PORTAL_LOOKUPS_PER_HOUR'], 60), windowMs: 3_600_000 },
} satisfies Record<string, ThrottleLimit>;

export type PortalAction = keyof typeof PORTAL_LIMITS;

export const tooManyPortalRequests = (): AppError =>
  new AppError('TOO_MANY_REQUESTS', {
    'zh-CN': '操作过于频繁，请稍后再试或致电服务热线',
    en: 'Too many attempts; please try again later or call the service hotline',
  });

@Injectable()
export class PortalThrottle {
  private readonly hits = new Map<string, number[]>();

  /** Counts one attempt of `action` from `client`; throws TOO_MANY_REQUESTS beyond the limit. */
  take(action: PortalAction, client: string, now = Date.now()): void {
    const { max, windowMs } = PORTAL_LIMITS[action];
    const key = `${action}:${client}`;
    const recent = (this.hits.get(key) ?? []).filter((at) => at > now - windowMs);
    if (recent.length >= max) {
      this.hits.set(key, recent);
      throw tooManyPortalRequests();
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.forgetIdle(now);
  }

  private forgetIdle(now: number): void {
    const longest = Math.max(...Object.values(PORTAL_LIMITS).map((limit) => limit.windowMs));
    for (const [key, times] of this.hits) if ((times.at(-1) ?? 0) <= now - longest) this.hits.delete(key);
  }
}
