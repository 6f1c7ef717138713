import { Injectable } from '@nestjs/common';
import { OutletEntity, SparePartEntity } from '@stardesk/database';
import { FieldErrors, ValidationFailed } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import type { CreateSparePartInput } from './dto/create-spare-part.input';
import type { ReceiveStockInput } from './dto/receive-stock.input';
import type { SparePart } from './spare-part.model';
import { isUuid } from '../../core/ids';

const PART_NO = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

@Injectable()
export class SparePartsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(orgId: string, partIds?: readonly string[]): Promise<SparePart[]> {
    const params: unknown[] = [orgId];
    let filter = '';
    if (partIds) {
      params.push(partIds);
      filter = 'AND p.id = ANY($2::uuid[])';
    }
    const rows: { id: string; part_no: string; name: string; price: string; unit_cost: string; stock: { outletId: string; outletCode: string; quantity: number }[] }[] =
      await this.dataSource.query(
        `SELECT p.id, p.part_no, p.name, p.price, p.unit_cost,
                COALESCE(json_agg(json_build_object('outletId', s.outlet_id, 'outletCode', o.code, 'quantity', s.quantity) ORDER BY o.code)
                         FILTER (WHERE s.outlet_id IS NOT NULL), '[]') AS stock
           FROM spare_parts p
           LEFT JOIN part_stock s ON s.org_id = p.org_id AND s.part_id = p.id
           LEFT JOIN outlets o ON o.org_id = s.org_id AND o.id = s.outlet_id
          WHERE p.org_id = $1 ${filter}
          GROUP BY p.id ORDER BY p.part_no`,
        params,
      );
    return rows.map((row) => ({ id: row.id, partNo: row.part_no, name: row.name, price: Number(row.price), unitCost: Number(row.unit_cost), stock: row.stock }));
  }

  async create(orgId: string, input: CreateSparePartInput): Promise<SparePart> {
    const errors = new FieldErrors();
    const partNo = input.partNo?.trim() ?? '';
    if (errors.required('partNo', partNo) && !PART_NO.test(partNo)) errors.add({ field: 'partNo', code: 'invalidCode' });
    const name = input.name?.trim() ?? '';
    if (errors.required('name', name)) errors.maxLength('name', name, 100);
    for (const field of ['price', 'unitCost'] as const) {
      const value = input[field];
      if (value != null && (!Number.isFinite(value) || value < 0 || value > 1_000_000)) errors.add({ field, code: 'outOfRange', params: { min: 0, max: 1_000_000 } });
    }
    if (!errors.isEmpty) throw new ValidationFailed(errors.list);
    const id = await this.dataSource.transaction(async (tx) => {
      const parts = tx.getRepository(SparePartEntity);
      if (await parts.existsBy({ orgId, partNo })) throw new ValidationFailed([{ field: 'partNo', code: 'duplicate' }]);
      const saved = await parts.save(parts.create({ orgId, partNo, name, price: String(input.price ?? 0), unitCost: String(input.unitCost ?? 0) }));
      return saved.id;
    });
    return (await this.list(orgId, [id]))[0]!;
  }

  /** Adds parts to an outlet's stock and records the movement, in one transaction. */
  async receive(orgId: string, input: ReceiveStockInput): Promise<SparePart> {
    const errors = new FieldErrors();
    errors.required('outletId', input.outletId);
    errors.required('partId', input.partId);
    if (errors.required('quantity', input.quantity) && (!Number.isInteger(input.quantity) || input.quantity! < 1 || input.quantity! > 100_000)) {
      errors.add({ field: 'quantity', code: 'outOfRange', params: { min: 1, max: 100_000 } });
    }
    if (!errors.isEmpty) throw new ValidationFailed(errors.list);
    await this.dataSource.transaction(async (tx) => {
      const outlet = isUuid(input.outletId!) ? await tx.getRepository(OutletEntity).findOneBy({ orgId, id: input.outletId! }) : null;
      const part = isUuid(input.partId!) ? await tx.getRepository(SparePartEntity).findOneBy({ orgId, id: input.partId! }) : null;
      const missing = [!outlet && 'outletId', !part && 'partId'].filter((field): field is string => Boolean(field));
      if (missing.length) throw new ValidationFailed(missing.map((field) => ({ field, code: 'notFound' as const })));
      await tx.query(
        `INSERT INTO part_stock (org_id, outlet_id, part_id, quantity) VALUES ($1, $2, $3, $4)
         ON CONFLICT (outlet_id, part_id) DO UPDATE SET quantity = part_stock.quantity + EXCLUDED.quantity`,
        [orgId, outlet!.id, part!.id, input.quantity],
      );
      await tx.query(
        `INSERT INTO stock_movements (org_id, outlet_id, part_id, kind, quantity, unit_cost, charged_amount, at, note)
         VALUES ($1, $2, $3, 'RECEIVED', $4, $5, 0, now(), $6)`,
        [orgId, outlet!.id, part!.id, input.quantity, part!.unitCost, input.note?.trim() || null],
      );
    });
    return (await this.list(orgId, [input.partId!]))[0]!;
  }
}
