import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { CreateSparePartInput } from './dto/create-spare-part.input';
import { ReceiveStockInput } from './dto/receive-stock.input';
import { SparePart } from './spare-part.model';
import { SparePartsService } from './spare-parts.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver(() => SparePart)
@UseGuards(OrgContextGuard)
export class SparePartsResolver {
  constructor(private readonly service: SparePartsService) {}

  @Allow(...ROLES.ANY)
  @Query(() => [SparePart])
  spareParts(@CurrentOrg() organisation: OrganisationEntity): Promise<SparePart[]> {
    return this.service.list(organisation.id);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => SparePart)
  createSparePart(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateSparePartInput): Promise<SparePart> {
    return this.service.create(organisation.id, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => SparePart, { description: 'Parts received at an outlet' })
  receiveStock(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: ReceiveStockInput): Promise<SparePart> {
    return this.service.receive(organisation.id, input);
  }
}
