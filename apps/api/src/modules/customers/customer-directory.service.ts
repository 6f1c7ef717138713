import { Injectable } from '@nestjs/common';
import { CustomerEntity } from '@stardesk/database';
import { normalisePhone } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';

/**
 * How intake finds a customer: by phone, as dispatchers do on the phone. One phone number, one active
 * customer: the same advisory lock as the customer register serialises concurrent intakes, so two
 * calls from a new number never create two customers.
 */
@Injectable()
export class CustomerDirectory {
  async findOrRegister(tx: EntityManager, orgId: string, caller: { name: string; phone: string; address?: string | null }): Promise<string> {
    const phone = normalisePhone(caller.phone);
    // The lock in a statement of its own: the read below must take its snapshot after the lock is held.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`customers:${orgId}:${phone}`]);
    // Found or registered in one statement (one round trip on the intake path).
    const [customer]: { id: string; address: string | null; registered: boolean }[] = await tx.query(
      `WITH existing AS (
         SELECT c.id, c.address FROM customers c WHERE c.org_id = $1 AND c.phone = $2 ORDER BY c.active DESC, c.created_at DESC LIMIT 1),
       registered AS (
         INSERT INTO customers (org_id, name, phone, address) SELECT $1, $3, $2, $4 WHERE NOT EXISTS (SELECT 1 FROM existing) RETURNING id)
       SELECT id, address, false AS registered FROM existing UNION ALL SELECT id, NULL, true FROM registered`,
      [orgId, phone, caller.name, caller.address ?? null],
    );
    // A known customer keeps their name; an address given now fills a gap but never overwrites.
    if (!customer!.registered && !customer!.address && caller.address) {
      await tx.getRepository(CustomerEntity).update({ orgId, id: customer!.id }, { address: caller.address });
    }
    return customer!.id;
  }
}
