import { UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { ProductEntity, type OrganisationEntity } from '@stardesk/database';
import { DataSource } from 'typeorm';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { Product } from './product.model';

@Resolver(() => Product)
@UseGuards(OrgContextGuard)
export class ProductsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [Product])
  async products(@CurrentOrg() organisation: OrganisationEntity): Promise<Product[]> {
    const rows = await this.dataSource.getRepository(ProductEntity).find({
      where: { orgId: organisation.id },
      order: { category: 'ASC', model: 'ASC' },
    });
    return rows.map(({ id, model, name, category, warrantyMonths }) => ({ id, model, name, category, warrantyMonths }));
  }
}
