import { Injectable } from '@nestjs/common';
import { OutletEntity, RegionEntity } from '@stardesk/database';
import { ValidationFailed, mergeDraft, validateOutlet, type OutletDraft, type ValidOutlet } from '@stardesk/domain';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { containsPattern } from '../../core/database/like-pattern';
import { isUuid, lockVersioned, withUniqueFields } from '../../core/database/versioned-record';
import type { CreateOutletInput, OutletFilter, UpdateOutletInput } from './dto/outlet.input';
import type { Outlet } from './outlet.model';

const OUTLET = { 'zh-CN': '服务网点', en: 'Outlet' };
const UNIQUE = { uq_outlets_org_code: 'code' };

function toModel(row: OutletEntity): Outlet {
  const { id, code, name, kind, city, regionId, address, coverage, active, version } = row;
  return { id, code, name, kind, city, regionId, regionName: row.region?.name ?? null, address, coverage, active, version };
}

@Injectable()
export class OutletsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(orgId: string, filter: OutletFilter | null | undefined): Promise<Outlet[]> {
    const query = this.dataSource
      .getRepository(OutletEntity)
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.region', 'r', 'r.org_id = o.org_id')
      .where('o.org_id = :orgId', { orgId })
      .orderBy('o.code', 'ASC');
    if (!filter?.includeInactive) query.andWhere('o.active');
    if (filter?.kinds?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.regionId) query.andWhere('o.region_id = :regionId', { regionId: isUuid(filter.regionId) ? filter.regionId : null });
    if (filter?.city?.trim()) query.andWhere('o.city = :city', { city: filter.city.trim() });
    if (filter?.search?.trim()) query.andWhere('(o.code ILIKE :search OR o.name ILIKE :search)', { search: containsPattern(filter.search.trim()) });
    return (await query.getMany()).map(toModel);
  }

  async create(orgId: string, input: CreateOutletInput): Promise<Outlet> {
    const id = await this.dataSource.transaction(async (tx) => {
      const outlet = await this.validated(tx, orgId, input, null);
      const outlets = tx.getRepository(OutletEntity);
      const saved = await withUniqueFields(UNIQUE, () => outlets.save(outlets.create({ ...outlet, orgId })));
      return saved.id;
    });
    return this.one(orgId, id);
  }

  async update(orgId: string, input: UpdateOutletInput): Promise<Outlet> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, OutletEntity, orgId, input.id, input.expectedVersion, OUTLET);
      const { id: _id, expectedVersion: _expected, ...changes } = input;
      const outlet = await this.validated(tx, orgId, mergeDraft<OutletDraft>(current, changes), current);
      await withUniqueFields(UNIQUE, () => tx.getRepository(OutletEntity).update({ orgId, id: current.id }, outlet));
    });
    return this.one(orgId, input.id);
  }

  /** Field rules, then the rules that need the database: a unique code and a live region. */
  private async validated(tx: EntityManager, orgId: string, draft: OutletDraft, current: OutletEntity | null): Promise<ValidOutlet> {
    const result = validateOutlet(draft);
    if (!result.ok) throw new ValidationFailed(result.errors);
    const outlet = result.value;
    const outlets = tx.getRepository(OutletEntity);
    if (await outlets.existsBy({ orgId, code: outlet.code, ...(current ? { id: Not(current.id) } : {}) })) {
      throw new ValidationFailed([{ field: 'code', code: 'duplicate' }]);
    }
    if (outlet.regionId && outlet.regionId !== current?.regionId) {
      const region = isUuid(outlet.regionId) ? await tx.getRepository(RegionEntity).findOneBy({ orgId, id: outlet.regionId }) : null;
      if (!region) throw new ValidationFailed([{ field: 'regionId', code: 'notFound' }]);
      if (!region.active) throw new ValidationFailed([{ field: 'regionId', code: 'inactive' }]);
    }
    return outlet;
  }

  private async one(orgId: string, id: string): Promise<Outlet> {
    return toModel(await this.dataSource.getRepository(OutletEntity).findOneOrFail({ where: { orgId, id }, relations: { region: true } }));
  }
}
