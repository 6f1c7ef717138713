import { EventSubscriber, type EntitySubscriberInterface, type TransactionCommitEvent, type TransactionStartEvent } from 'typeorm';
import { currentAuditContext } from './audit-context';

/** A mutation's Idempotency-Key claim was taken over by a retry; its transaction is rolled back. */
export class IdempotencyClaimLost extends Error {
  constructor() {
    super('the Idempotency-Key claim of this request was taken over by a retry');
    this.name = 'IdempotencyClaimLost';
  }
}

/**
 * Hands the current actor and operation to the audit triggers of each transaction
 * (set_config(..., true): local to the transaction, so a pooled connection never carries them over).
 * One extra statement per transaction, and only when a context is open.
 */
@EventSubscriber()
export class AuditContextSubscriber implements EntitySubscriberInterface {
  async afterTransactionStart(event: TransactionStartEvent): Promise<void> {
    const context = currentAuditContext();
    if (!context) return;
    await event.queryRunner.query(`SELECT set_config('stardesk.actor', $1, true), set_config('stardesk.operation', $2, true)`, [
      (context.actor() ?? '').slice(0, 200),
      (context.operation ?? '').slice(0, 200),
    ]);
  }

  /**
   * A mutation sent with an Idempotency-Key marks its claim in the same transaction as its writes, so
   * "written" and "claim committed" cannot disagree even if the answer is lost afterwards.
   */
  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const claimId = currentAuditContext()?.idempotencyClaimId;
    if (!claimId) return;
    const owned = (await event.queryRunner.query(`UPDATE idempotency_keys SET committed_at = now() WHERE id = $1 RETURNING id`, [claimId])) as [unknown[], number];
    // The claim was taken over by a retry (it looked abandoned): this attempt must not commit too.
    if (!owned[1]) throw new IdempotencyClaimLost();
  }
}
