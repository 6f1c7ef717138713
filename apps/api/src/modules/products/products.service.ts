import { Injectable } from '@nestjs/common';
import { ProductEntity } from '@stardesk/database';
import { ValidationFailed, mergeDraft, validateProduct, type ProductDraft } from '@stardesk/domain';
import { DataSource, Not } from 'typeorm';
import { containsPattern } from '../../core/database/like-pattern';
import { lockVersioned, withUniqueFields } from '../../core/database/versioned-record';
import type { CreateProductInput, ProductFilter, UpdateProductInput } from './dto/product.input';
import type { Product } from './product.model';

const PRODUCT = { 'zh-CN': '产品型号', en: 'Product' };
const UNIQUE = { uq_products_org_model: 'model' };

const toModel = ({ id, model, name, category, warrantyMonths, hazardous, active, version }: ProductEntity): Product => ({
  id,
  model,
  name,
  category,
  warrantyMonths,
  hazardous,
  active,
  version,
});

@Injectable()
export class ProductsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(orgId: string, filter: ProductFilter | null | undefined): Promise<Product[]> {
    const query = this.dataSource.getRepository(ProductEntity).createQueryBuilder('p').where('p.org_id = :orgId', { orgId }).orderBy('p.category').addOrderBy('p.model');
    if (!filter?.includeInactive) query.andWhere('p.active');
    if (filter?.category?.trim()) query.andWhere('p.category = :category', { category: filter.category.trim() });
    if (filter?.hazardous != null) query.andWhere('p.hazardous = :hazardous', { hazardous: filter.hazardous });
    if (filter?.search?.trim()) query.andWhere('(p.model ILIKE :search OR p.name ILIKE :search)', { search: containsPattern(filter.search.trim()) });
    return (await query.getMany()).map(toModel);
  }

  async create(orgId: string, input: CreateProductInput): Promise<Product> {
    const result = validateProduct(input);
    if (!result.ok) throw new ValidationFailed(result.errors);
    const saved = await this.dataSource.transaction(async (tx) => {
      const products = tx.getRepository(ProductEntity);
      if (await products.existsBy({ orgId, model: result.value.model })) throw new ValidationFailed([{ field: 'model', code: 'alreadyUsed' }]);
      return withUniqueFields(UNIQUE, () => products.save(products.create({ ...result.value, orgId })));
    });
    return toModel(saved);
  }

  /** A new warranty period applies to units registered from now on; units sold keep their warranty end. */
  async update(orgId: string, input: UpdateProductInput): Promise<Product> {
    const saved = await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, ProductEntity, orgId, input.id, input.expectedVersion, PRODUCT);
      const { id: _id, expectedVersion: _expected, ...changes } = input;
      const result = validateProduct(mergeDraft<ProductDraft>(current, changes));
      if (!result.ok) throw new ValidationFailed(result.errors);
      const products = tx.getRepository(ProductEntity);
      if (await products.existsBy({ orgId, model: result.value.model, id: Not(current.id) })) throw new ValidationFailed([{ field: 'model', code: 'alreadyUsed' }]);
      await withUniqueFields(UNIQUE, () => products.update({ orgId, id: current.id }, result.value));
      return products.findOneByOrFail({ orgId, id: current.id });
    });
    return toModel(saved);
  }
}
