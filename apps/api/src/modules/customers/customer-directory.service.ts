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
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`customers:${orgId}:${phone}`]);
    const customers = tx.getRepository(CustomerEntity);
    const existing = await customers.findOne({ where: { orgId, phone }, order: { active: 'DESC', createdAt: 'DESC' } });
    if (existing) {
      // A known customer keeps their name; an address given now fills a gap but never overwrites.
      if (!existing.address && caller.address) await customers.update({ orgId, id: existing.id }, { address: caller.address });
      return existing.id;
    }
    const created = await customers.insert({ orgId, name: caller.name, phone, address: caller.address ?? null });
    return created.identifiers[0]!['id'] as string;
  }
}
