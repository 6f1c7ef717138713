import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { PageArgs } from '../../core/pagination/page-args';
import { Customer, CustomerConnection } from './customer.model';
import { CustomersService } from './customers.service';
import { CreateCustomerInput, CustomerFilter, UpdateCustomerInput } from './dto/customer.input';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver(() => Customer)
@UseGuards(OrgContextGuard)
export class CustomersResolver {
  constructor(private readonly service: CustomersService) {}

  @Allow(...ROLES.ANY)
  @Query(() => CustomerConnection, { description: 'Customers by name; search by part of the name or phone number' })
  customers(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args() page: PageArgs,
    @Args('filter', { type: () => CustomerFilter, nullable: true }) filter: CustomerFilter | null,
  ): Promise<CustomerConnection> {
    return this.service.list(organisation.id, filter, page);
  }

  @Allow(...ROLES.ANY)
  @Query(() => Customer, { nullable: true })
  customer(@CurrentOrg() organisation: OrganisationEntity, @Args('id', { type: () => ID }) id: string): Promise<Customer | null> {
    return this.service.one(organisation.id, id);
  }

  @Allow(...ROLES.OFFICE)
  @Mutation(() => Customer)
  createCustomer(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateCustomerInput): Promise<Customer> {
    return this.service.create(organisation.id, input);
  }

  @Allow(...ROLES.OFFICE)
  @Mutation(() => Customer, { description: 'Change or deactivate a customer (never deleted)' })
  updateCustomer(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: UpdateCustomerInput): Promise<Customer> {
    return this.service.update(organisation.id, input);
  }
}
