/**
 * Token buckets in memory, one per key (client, or IP + login for sign-in): `ratePerSecond` tokens
 * flow in up to `burst`. Per process: with several API replicas each enforces its own share, which
 * is enough to stop a runaway client or a password-guessing loop; a shared limit would need Redis.
 */
export interface RateLimit {
  ratePerSecond: number;
  burst: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until one more call would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.limit.ratePerSecond > 0;
  }

  consume(key: string, cost = 1): RateDecision {
    if (!this.enabled) return { allowed: true, retryAfterSeconds: 0 };
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, updatedAt: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.limit.ratePerSecond);
    bucket.updatedAt = now;
    if (this.buckets.size > 100_000) this.prune(now);
    this.buckets.set(key, bucket);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / this.limit.ratePerSecond)) };
  }

  /** Forget a key (e.g. after a successful sign-in). */
  reset(key: string): void {
    this.buckets.delete(key);
  }

  /** Drops buckets that have refilled completely: they behave exactly like absent ones. */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.limit.ratePerSecond >= this.limit.burst) this.buckets.delete(key);
    }
  }
}
