import { Injectable } from '@nestjs/common';
import { CustomerEntity, PiiRevealEntity } from '@stardesk/database';
import { FieldErrors, ValidationFailed } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { recordNotFound } from '../../core/errors/app-errors';
import { isUuid } from '../../core/ids';
import type { ContactReveal, RevealedContact } from './contact-reveal.model';

const CUSTOMER = { 'zh-CN': '客户', en: 'Customer' };

@Injectable()
export class ContactRevealsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Shows a customer's phone and address whole and records who saw them, in one transaction. */
  async reveal(principal: Principal, customerId: string, reason: string | null): Promise<RevealedContact> {
    const errors = new FieldErrors();
    errors.maxLength('reason', reason, 200);
    if (!errors.isEmpty) throw new ValidationFailed(errors.list);
    return this.dataSource.transaction(async (tx) => {
      const customer = isUuid(customerId) ? await tx.getRepository(CustomerEntity).findOneBy({ id: customerId, orgId: principal.orgId }) : null;
      if (!customer) throw recordNotFound(CUSTOMER, customerId);
      const fields = customer.address ? 'phone,address' : 'phone';
      const log = await tx.getRepository(PiiRevealEntity).save(
        tx.getRepository(PiiRevealEntity).create({ orgId: principal.orgId, staffId: principal.staffId, customerId: customer.id, fields, reason: reason?.trim() || null }),
      );
      return { customerId: customer.id, name: customer.name, phone: customer.phone, address: customer.address, revealedAt: log.revealedAt };
    });
  }

  async list(orgId: string, filter: { customerId: string | null; staffId: string | null; limit: number }): Promise<ContactReveal[]> {
    const rows: (Omit<ContactReveal, 'fields'> & { fields: string })[] = await this.dataSource.query(
      `SELECT r.id, r.staff_id AS "staffId", s.login AS "staffLogin", s.name AS "staffName", r.customer_id AS "customerId",
              c.name AS "customerName", r.fields, r.reason, r.revealed_at AS "revealedAt"
         FROM pii_reveals r JOIN staff s ON s.id = r.staff_id JOIN customers c ON c.id = r.customer_id
        WHERE r.org_id = $1
          AND ($2::uuid IS NULL OR r.customer_id = $2::uuid)
          AND ($3::uuid IS NULL OR r.staff_id = $3::uuid)
        ORDER BY r.revealed_at DESC, r.id
        LIMIT $4`,
      [orgId, filter.customerId && isUuid(filter.customerId) ? filter.customerId : null, filter.staffId && isUuid(filter.staffId) ? filter.staffId : null, filter.limit],
    );
    return rows.map((row) => ({ ...row, fields: row.fields.split(',') }));
  }
}
