import { Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import { OrganisationEntity } from '@stardesk/database';
import { DataSource } from 'typeorm';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { Organisation } from './organisation.model';

const toModel = ({ id, code, name, timeZone }: OrganisationEntity): Organisation => ({ id, code, name, timeZone });

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly dataSource: DataSource) {}

  /** The organisations a user can switch between (all of them until accounts restrict it). */
  @Query(() => [Organisation])
  async organisations(): Promise<Organisation[]> {
    const rows = await this.dataSource.getRepository(OrganisationEntity).find({ order: { name: 'ASC' } });
    return rows.map(toModel);
  }

  @Query(() => Organisation)
  @UseGuards(OrgContextGuard)
  currentOrganisation(@CurrentOrg() organisation: OrganisationEntity): Organisation {
    return toModel(organisation);
  }
}
