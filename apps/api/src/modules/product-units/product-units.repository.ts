import { Injectable } from '@nestjs/common';
import { localDateOf, warrantyStatusOn } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { containsPattern } from '../../core/database/like-pattern';
import { isUuid } from '../../core/database/versioned-record';
import type { KeysetCursor } from '../../core/pagination/keyset-cursor';
import type { ProductUnitFilter } from './dto/product-unit.input';
import type { ProductUnit } from './product-unit.model';

interface UnitRow {
  id: string;
  serial_no: string;
  purchase_date: string | null;
  warranty_end: string | null;
  version: number;
  product: ProductUnit['product'];
  customer: ProductUnit['customer'];
}

/** Units with their product and owner in one query, whatever the page size. */
@Injectable()
export class ProductUnitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(orgId: string, timeZone: string, filter: ProductUnitFilter & { ids?: readonly string[] }, first: number, after: KeysetCursor | null): Promise<ProductUnit[]> {
    const params: unknown[] = [orgId];
    const conditions = ['u.org_id = $1'];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    if (filter.productId) add((p) => `u.product_id = ${p}::uuid`, isUuid(filter.productId) ? filter.productId : null);
    if (filter.customerId) add((p) => `u.customer_id = ${p}::uuid`, isUuid(filter.customerId) ? filter.customerId : null);
    if (filter.serialNo?.trim()) add((p) => `u.serial_no ILIKE ${p}`, containsPattern(filter.serialNo.trim()));
    if (filter.ids) add((p) => `u.id = ANY(${p}::uuid[])`, filter.ids);
    if (after) {
      params.push(after.key, after.id);
      conditions.push(`(u.serial_no, u.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(first);
    const rows: UnitRow[] = await this.dataSource.query(
      `SELECT u.id, u.serial_no, to_char(u.purchase_date, 'YYYY-MM-DD') AS purchase_date, to_char(u.warranty_end, 'YYYY-MM-DD') AS warranty_end, u.version,
              json_build_object('id', p.id, 'model', p.model, 'name', p.name, 'category', p.category, 'warrantyMonths', p.warranty_months,
                                'hazardous', p.hazardous, 'active', p.active, 'version', p.version) AS product,
              CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name, 'phone', c.phone, 'address', c.address,
                                'active', c.active, 'version', c.version) END AS customer
         FROM product_units u
         JOIN products p ON p.org_id = u.org_id AND p.id = u.product_id
         LEFT JOIN customers c ON c.org_id = u.org_id AND c.id = u.customer_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY u.serial_no, u.id LIMIT $${params.length}`,
      params,
    );
    const today = localDateOf(new Date(), timeZone);
    return rows.map((row) => ({
      id: row.id,
      serialNo: row.serial_no,
      purchaseDate: row.purchase_date,
      warrantyEnd: row.warranty_end,
      warrantyStatus: warrantyStatusOn(today, row.warranty_end),
      product: row.product,
      customer: row.customer,
      version: row.version,
    }));
  }
}
