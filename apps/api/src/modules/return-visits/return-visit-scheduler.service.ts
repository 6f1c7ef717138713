import { Injectable } from '@nestjs/common';
import { DEFAULT_RETURN_VISIT_TARGET_DAYS, isSampledForReturnVisit, returnVisitDueAt } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import { SatisfactionSettingsService } from './satisfaction-settings.service';

/**
 * Called by the request lifecycle inside its transaction: a closure schedules the return visit
 * (when the request is in the organisation's sample), a reopening cancels the one still pending.
 */
@Injectable()
export class ReturnVisitScheduler {
  constructor(private readonly settings: SatisfactionSettingsService) {}

  async onClosed(tx: EntityManager, orgId: string, requestId: string, closedAt: Date): Promise<void> {
    const { returnVisitSamplingShare } = await this.settings.get(orgId, tx);
    // The organisation id is the sampling seed: fixed for the organisation's lifetime, so anyone can
    // re-draw the sample and get the same requests.
    if (!isSampledForReturnVisit(orgId, requestId, returnVisitSamplingShare)) return;
    // The target is kpis.md's default until organisation (and outlet) targets are stored.
    const dueAt = returnVisitDueAt(closedAt, DEFAULT_RETURN_VISIT_TARGET_DAYS);
    await tx.query(
      `INSERT INTO return_visits (org_id, request_id, closed_at, due_at, status) VALUES ($1, $2, $3, $4, 'SCHEDULED')`,
      [orgId, requestId, closedAt, dueAt],
    );
  }

  async onReopened(tx: EntityManager, orgId: string, requestId: string, at: Date): Promise<void> {
    await tx.query(
      `UPDATE return_visits
          SET status = 'CANCELLED', cancelled_at = $3, next_attempt_at = NULL, version = version + 1, updated_at = now()
        WHERE org_id = $1 AND request_id = $2 AND status = 'SCHEDULED'`,
      [orgId, requestId, at],
    );
  }
}
