import { Injectable } from '@nestjs/common';
import { CustomerEntity, ProductEntity, ProductUnitEntity, type OrganisationEntity } from '@stardesk/database';
import {
  ValidationFailed,
  localDateOf,
  mergeDraft,
  validateProductUnit,
  warrantyEnd,
  type FieldError,
  type ProductUnitDraft,
  type ValidProductUnit,
} from '@stardesk/domain';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { isUuid, lockVersioned, withUniqueFields } from '../../core/database/versioned-record';
import { encodeKeysetCursor } from '../../core/pagination/keyset-cursor';
import { checkPage, type PageArgs } from '../../core/pagination/page-args';
import type { CreateProductUnitInput, ProductUnitFilter, UpdateProductUnitInput } from './dto/product-unit.input';
import type { ProductUnit, ProductUnitConnection } from './product-unit.model';
import { ProductUnitsRepository } from './product-units.repository';

const UNIT = { 'zh-CN': '产品序列号', en: 'Product unit' };
const UNIQUE = { uq_product_units_org_serial: 'serialNo' };

@Injectable()
export class ProductUnitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProductUnitsRepository,
  ) {}

  async list(organisation: OrganisationEntity, filter: ProductUnitFilter | null | undefined, page: PageArgs): Promise<ProductUnitConnection> {
    const { first, after } = checkPage(page);
    const rows = await this.repository.page(organisation.id, organisation.timeZone, filter ?? {}, first + 1, after);
    const edges = rows.slice(0, first).map((node) => ({ cursor: encodeKeysetCursor({ key: node.serialNo, id: node.id }), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async one(organisation: OrganisationEntity, id: string): Promise<ProductUnit | null> {
    if (!isUuid(id)) return null;
    return (await this.repository.page(organisation.id, organisation.timeZone, { ids: [id] }, 1, null))[0] ?? null;
  }

  /** Registers a unit; its warranty end follows from the purchase date and the product's warranty months. */
  async create(organisation: OrganisationEntity, input: CreateProductUnitInput): Promise<ProductUnit> {
    const id = await this.dataSource.transaction(async (tx) => {
      const { unit, product } = await this.validated(tx, organisation, input, null);
      const units = tx.getRepository(ProductUnitEntity);
      const saved = await withUniqueFields(UNIQUE, () =>
        units.save(units.create({ ...unit, orgId: organisation.id, warrantyEnd: unit.purchaseDate ? warrantyEnd(unit.purchaseDate, product.warrantyMonths) : null })),
      );
      return saved.id;
    });
    return (await this.one(organisation, id))!;
  }

  async update(organisation: OrganisationEntity, input: UpdateProductUnitInput): Promise<ProductUnit> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, ProductUnitEntity, organisation.id, input.id, input.expectedVersion, UNIT);
      const { id: _id, expectedVersion: _expected, ...changes } = input;
      const { unit, product } = await this.validated(tx, organisation, mergeDraft<ProductUnitDraft>(current, changes), current);
      const termsChanged = unit.purchaseDate !== current.purchaseDate || unit.productId !== current.productId;
      // The warranty sold with a unit stays; only a corrected purchase date or model recomputes it.
      const end = termsChanged ? (unit.purchaseDate ? warrantyEnd(unit.purchaseDate, product.warrantyMonths) : null) : current.warrantyEnd;
      await withUniqueFields(UNIQUE, () => tx.getRepository(ProductUnitEntity).update({ orgId: organisation.id, id: current.id }, { ...unit, warrantyEnd: end }));
    });
    return (await this.one(organisation, input.id))!;
  }

  private async validated(tx: EntityManager, organisation: OrganisationEntity, draft: ProductUnitDraft, current: ProductUnitEntity | null): Promise<{ unit: ValidProductUnit; product: ProductEntity }> {
    const orgId = organisation.id;
    const result = validateProductUnit(draft, localDateOf(new Date(), organisation.timeZone));
    if (!result.ok) throw new ValidationFailed(result.errors);
    const unit = result.value;
    const errors: FieldError[] = [];
    const product = isUuid(unit.productId) ? await tx.getRepository(ProductEntity).findOneBy({ orgId, id: unit.productId }) : null;
    if (!product) errors.push({ field: 'productId', code: 'notFound' });
    if (unit.customerId && !(isUuid(unit.customerId) && (await tx.getRepository(CustomerEntity).existsBy({ orgId, id: unit.customerId })))) {
      errors.push({ field: 'customerId', code: 'notFound' });
    }
    if (await tx.getRepository(ProductUnitEntity).existsBy({ orgId, serialNo: unit.serialNo, ...(current ? { id: Not(current.id) } : {}) })) {
      errors.push({ field: 'serialNo', code: 'alreadyUsed' });
    }
    if (errors.length) throw new ValidationFailed(errors);
    return { unit, product: product! };
  }
}
