import { EventSubscriber, type EntitySubscriberInterface, type TransactionStartEvent } from 'typeorm';
import { currentAuditContext } from './audit-context';

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
}
