import { UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { OutletEntity, type OrganisationEntity } from '@stardesk/database';
import { DataSource } from 'typeorm';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { Outlet } from './outlet.model';

@Resolver(() => Outlet)
@UseGuards(OrgContextGuard)
export class OutletsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [Outlet])
  async outlets(@CurrentOrg() organisation: OrganisationEntity): Promise<Outlet[]> {
    const rows = await this.dataSource.getRepository(OutletEntity).find({
      where: { orgId: organisation.id, active: true },
      relations: { region: true },
      order: { code: 'ASC' },
    });
    return rows.map(({ id, code, name, kind, city, region }) => ({ id, code, name, kind, city, regionName: region?.name ?? null }));
  }
}
