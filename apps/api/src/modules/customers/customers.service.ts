import { Injectable } from '@nestjs/common';
import { CustomerEntity } from '@stardesk/database';
import { ValidationFailed, mergeDraft, normalisePhone, validateCustomer, type CustomerDraft, type ValidCustomer } from '@stardesk/domain';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { containsPattern } from '../../core/database/like-pattern';
import { isUuid, lockVersioned } from '../../core/database/versioned-record';
import { encodeKeysetCursor } from '../../core/pagination/keyset-cursor';
import { checkPage, type PageArgs } from '../../core/pagination/page-args';
import type { Customer, CustomerConnection } from './customer.model';
import type { CreateCustomerInput, CustomerFilter, UpdateCustomerInput } from './dto/customer.input';

const CUSTOMER = { 'zh-CN': '客户', en: 'Customer' };

const toModel = ({ id, name, phone, address, active, version }: CustomerEntity): Customer => ({ id, name, phone, address, active, version });

@Injectable()
export class CustomersService {
  constructor(private readonly dataSource: DataSource) {}

  /** Customers by name (then id), keyset-paginated; found by part of the name or the phone number. */
  async list(orgId: string, filter: CustomerFilter | null | undefined, page: PageArgs): Promise<CustomerConnection> {
    const { first, after } = checkPage(page);
    const query = this.dataSource.getRepository(CustomerEntity).createQueryBuilder('c').where('c.org_id = :orgId', { orgId });
    if (!filter?.includeInactive) query.andWhere('c.active');
    if (filter?.phone?.trim()) query.andWhere('c.phone = :phone', { phone: normalisePhone(filter.phone.trim()) });
    const search = filter?.search?.trim();
    if (search) {
      const digits = normalisePhone(search);
      query.andWhere(/^\d{3,}$/.test(digits) ? '(c.name ILIKE :name OR c.phone LIKE :digits)' : 'c.name ILIKE :name', {
        name: containsPattern(search),
        digits: containsPattern(digits),
      });
    }
    if (after) query.andWhere('(c.name, c.id) > (:afterName, CAST(:afterId AS uuid))', { afterName: after.key, afterId: after.id });
    const rows = await query.orderBy('c.name', 'ASC').addOrderBy('c.id', 'ASC').limit(first + 1).getMany();
    const edges = rows.slice(0, first).map((row) => ({ cursor: encodeKeysetCursor({ key: row.name, id: row.id }), node: toModel(row) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async one(orgId: string, id: string): Promise<Customer | null> {
    const row = isUuid(id) ? await this.dataSource.getRepository(CustomerEntity).findOneBy({ orgId, id }) : null;
    return row ? toModel(row) : null;
  }

  async create(orgId: string, input: CreateCustomerInput): Promise<Customer> {
    const result = validateCustomer(input);
    if (!result.ok) throw new ValidationFailed(result.errors);
    const saved = await this.dataSource.transaction(async (tx) => {
      await this.refuseTakenPhone(tx, orgId, result.value, null);
      const customers = tx.getRepository(CustomerEntity);
      return customers.save(customers.create({ ...result.value, orgId }));
    });
    return toModel(saved);
  }

  async update(orgId: string, input: UpdateCustomerInput): Promise<Customer> {
    const saved = await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, CustomerEntity, orgId, input.id, input.expectedVersion, CUSTOMER);
      const { id: _id, expectedVersion: _expected, ...changes } = input;
      const result = validateCustomer(mergeDraft<CustomerDraft>(current, changes));
      if (!result.ok) throw new ValidationFailed(result.errors);
      await this.refuseTakenPhone(tx, orgId, result.value, current.id);
      const customers = tx.getRepository(CustomerEntity);
      await customers.update({ orgId, id: current.id }, result.value);
      return customers.findOneByOrFail({ orgId, id: current.id });
    });
    return toModel(saved);
  }

  /**
   * One phone number, one active customer: requests find their customer by phone. Older data may
   * hold duplicates, so there is no unique index; an advisory lock on the number keeps two
   * simultaneous registrations of it from both passing the check.
   */
  private async refuseTakenPhone(tx: EntityManager, orgId: string, customer: ValidCustomer, selfId: string | null): Promise<void> {
    if (!customer.active) return;
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`customers:${orgId}:${customer.phone}`]);
    const taken = await tx.getRepository(CustomerEntity).existsBy({ orgId, phone: customer.phone, active: true, ...(selfId ? { id: Not(selfId) } : {}) });
    if (taken) throw new ValidationFailed([{ field: 'phone', code: 'alreadyUsed' }]);
  }
}
