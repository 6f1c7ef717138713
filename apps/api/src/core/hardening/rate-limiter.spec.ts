import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows a burst, then refuses with the seconds to wait, and refills over time', () => {
    let now = 0;
    const limiter = new RateLimiter({ ratePerSecond: 2, burst: 3 }, () => now);
    expect([1, 2, 3].map(() => limiter.consume('ip:1').allowed)).toEqual([true, true, true]);
    expect(limiter.consume('ip:1')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Other keys have their own bucket.
    expect(limiter.consume('ip:2').allowed).toBe(true);
    now += 500;
    expect(limiter.consume('ip:1').allowed).toBe(true);
    expect(limiter.consume('ip:1').allowed).toBe(false);
  });

  it('is off with a rate of 0', () => {
    const limiter = new RateLimiter({ ratePerSecond: 0, burst: 1 });
    expect(Array.from({ length: 100 }, () => limiter.consume('k').allowed).every(Boolean)).toBe(true);
  });

  it('forgets a key on reset', () => {
    const limiter = new RateLimiter({ ratePerSecond: 1, burst: 1 }, () => 0);
    limiter.consume('login:a');
    expect(limiter.consume('login:a').allowed).toBe(false);
    limiter.reset('login:a');
    expect(limiter.consume('login:a').allowed).toBe(true);
  });
});
