import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { CreateProductInput, ProductFilter, UpdateProductInput } from './dto/product.input';
import { Product } from './product.model';
import { ProductsService } from './products.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver(() => Product)
@UseGuards(OrgContextGuard)
export class ProductsResolver {
  constructor(private readonly service: ProductsService) {}

  @Allow(...ROLES.ANY)
  @Query(() => [Product], { description: 'Active products unless the filter includes inactive ones' })
  products(@CurrentOrg() organisation: OrganisationEntity, @Args('filter', { type: () => ProductFilter, nullable: true }) filter: ProductFilter | null): Promise<Product[]> {
    return this.service.list(organisation.id, filter);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => Product)
  createProduct(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateProductInput): Promise<Product> {
    return this.service.create(organisation.id, input);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => Product, { description: 'Change or deactivate a product (never deleted)' })
  updateProduct(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: UpdateProductInput): Promise<Product> {
    return this.service.update(organisation.id, input);
  }
}
