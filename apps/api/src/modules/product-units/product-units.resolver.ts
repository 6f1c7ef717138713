import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { PageArgs } from '../../core/pagination/page-args';
import { CreateProductUnitInput, ProductUnitFilter, UpdateProductUnitInput } from './dto/product-unit.input';
import { ProductUnit, ProductUnitConnection } from './product-unit.model';
import { ProductUnitsService } from './product-units.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver(() => ProductUnit)
@UseGuards(OrgContextGuard)
export class ProductUnitsResolver {
  constructor(private readonly service: ProductUnitsService) {}

  @Allow(...ROLES.ANY)
  @Query(() => ProductUnitConnection, { description: 'Units by serial number' })
  productUnits(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ProductUnitFilter, nullable: true }) filter: ProductUnitFilter | null,
  ): Promise<ProductUnitConnection> {
    return this.service.list(organisation, filter, page);
  }

  @Allow(...ROLES.ANY)
  @Query(() => ProductUnit, { nullable: true })
  productUnit(@CurrentOrg() organisation: OrganisationEntity, @Args('id', { type: () => ID }) id: string): Promise<ProductUnit | null> {
    return this.service.one(organisation, id);
  }

  @Allow(...ROLES.OFFICE)
  @Mutation(() => ProductUnit, { description: 'Register a unit; the warranty end follows from purchase date and product' })
  createProductUnit(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateProductUnitInput): Promise<ProductUnit> {
    return this.service.create(organisation, input);
  }

  @Allow(...ROLES.OFFICE)
  @Mutation(() => ProductUnit)
  updateProductUnit(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: UpdateProductUnitInput): Promise<ProductUnit> {
    return this.service.update(organisation, input);
  }
}
