import { Injectable } from '@nestjs/common';
import { RegionEntity } from '@stardesk/database';
import { ValidationFailed, mergeDraft, validateRegion } from '@stardesk/domain';
import { DataSource, Not } from 'typeorm';
import { lockVersioned, withUniqueFields } from '../../core/database/versioned-record';
import type { CreateRegionInput, UpdateRegionInput } from './dto/region.input';
import type { Region } from './region.model';

const REGION = { 'zh-CN': '大区', en: 'Region' };
const UNIQUE = { uq_regions_org_code: 'code' };

const toModel = ({ id, code, name, active, version }: RegionEntity): Region => ({ id, code, name, active, version });

@Injectable()
export class RegionsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(orgId: string, includeInactive: boolean): Promise<Region[]> {
    const rows = await this.dataSource.getRepository(RegionEntity).find({ where: { orgId, ...(includeInactive ? {} : { active: true }) }, order: { code: 'ASC' } });
    return rows.map(toModel);
  }

  async create(orgId: string, input: CreateRegionInput): Promise<Region> {
    const result = validateRegion(input);
    if (!result.ok) throw new ValidationFailed(result.errors);
    const saved = await this.dataSource.transaction(async (tx) => {
      const regions = tx.getRepository(RegionEntity);
      if (await regions.existsBy({ orgId, code: result.value.code })) throw new ValidationFailed([{ field: 'code', code: 'duplicate' }]);
      return withUniqueFields(UNIQUE, () => regions.save(regions.create({ ...result.value, orgId })));
    });
    return toModel(saved);
  }

  async update(orgId: string, input: UpdateRegionInput): Promise<Region> {
    const saved = await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, RegionEntity, orgId, input.id, input.expectedVersion, REGION);
      const result = validateRegion(mergeDraft({ code: current.code, name: current.name, active: current.active }, { code: input.code, name: input.name, active: input.active }));
      if (!result.ok) throw new ValidationFailed(result.errors);
      const regions = tx.getRepository(RegionEntity);
      if (await regions.existsBy({ orgId, code: result.value.code, id: Not(current.id) })) throw new ValidationFailed([{ field: 'code', code: 'duplicate' }]);
      await withUniqueFields(UNIQUE, () => regions.update({ orgId, id: current.id }, result.value));
      return regions.findOneByOrFail({ orgId, id: current.id });
    });
    return toModel(saved);
  }
}
