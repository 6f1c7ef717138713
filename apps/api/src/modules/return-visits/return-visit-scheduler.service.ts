import { Injectable } from '@nestjs/common';
import { isSampledForReturnVisit, kpiTargetsAt, returnVisitDueAt, targetsForOutlet } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import { ServicePolicyRepository } from '../service-policy/service-policy.repository';
import { SatisfactionSettingsService } from './satisfaction-settings.service';

/**
 * Called by the request lifecycle inside its transaction: a closure schedules the return visit
 * (when the request is in the organisation's sample), a reopening cancels the one still pending.
 */
@Injectable()
export class ReturnVisitScheduler {
  constructor(
    private readonly settings: SatisfactionSettingsService,
    private readonly policies: ServicePolicyRepository,
  ) {}

  async onClosed(tx: EntityManager, orgId: string, requestId: string, closedAt: Date): Promise<void> {
    const { returnVisitSamplingShare } = await this.settings.get(orgId, tx);
    // The organisation id is the sampling seed: fixed for the organisation's lifetime, so anyone can
    // re-draw the sample and get the same requests.
    if (!isSampledForReturnVisit(orgId, requestId, returnVisitSamplingShare)) return;
    // The return-visit target in force at closure for the request's outlet (settings, commitments, override).
    const [{ outlet_id: outletId }]: { outlet_id: string }[] = await tx.query('SELECT outlet_id FROM service_requests WHERE org_id = $1 AND id = $2', [orgId, requestId]);
    const targets = targetsForOutlet(kpiTargetsAt((await this.policies.load(orgId, tx)).targets, closedAt), outletId);
    const dueAt = returnVisitDueAt(closedAt, targets.returnVisitDays);
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
