import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { sealAuditTrail } from '@stardesk/database';
import { DataSource } from 'typeorm';
import { IdempotencyStore } from '../hardening/idempotency-store';

const SEAL_EVERY_MS = 1000;
const PURGE_EVERY_MS = 3_600_000;

/**
 * Links new audit entries into their chains every second (libs/database/src/audit/audit-trail.ts),
 * off the request path, and drops expired idempotency keys hourly. A database outage only skips
 * rounds; the next round after it returns catches up.
 */
@Injectable()
export class AuditSealer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('AuditSealer');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | null = null;
  private lastPurge = 0;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.tick(), SEAL_EVERY_MS);
    this.timer.unref();
  }

  private tick(): void {
    if (this.running || !this.dataSource.isInitialized) return;
    const purge = Date.now() - this.lastPurge > PURGE_EVERY_MS;
    this.running = (async () => {
      await sealAuditTrail(this.dataSource);
      if (purge) {
        await new IdempotencyStore(this.dataSource).purgeExpired();
        this.lastPurge = Date.now();
      }
    })()
      .catch((error: Error) => this.logger.debug(`audit seal skipped: ${error.message}`))
      .finally(() => (this.running = null));
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    // Seal what this process wrote, so a stopped API leaves no entry waiting.
    if (this.dataSource.isInitialized) await sealAuditTrail(this.dataSource).catch(() => undefined);
  }
}
