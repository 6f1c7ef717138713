import { Injectable } from '@nestjs/common';
import { EnterpriseProfileEntity, type OrganisationEntity } from '@stardesk/database';
import { ValidationFailed, validateEnterpriseProfile } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { staleVersion } from '../../core/errors/app-errors';
import { withUniqueFields } from '../../core/database/versioned-record';
import { todayOf } from './controlled-documents.service';
import type { SaveEnterpriseProfileInput } from './dto/enterprise-profile.input';
import type { EnterpriseProfile } from './enterprise-profile.model';

const toModel = ({ orgId: _org, organisation: _organisation, ...profile }: EnterpriseProfileEntity): EnterpriseProfile => profile;

@Injectable()
export class EnterpriseProfileService {
  constructor(private readonly dataSource: DataSource) {}

  async get(organisation: OrganisationEntity): Promise<EnterpriseProfile | null> {
    const profile = await this.dataSource.getRepository(EnterpriseProfileEntity).findOneBy({ orgId: organisation.id });
    return profile ? toModel(profile) : null;
  }

  /**
   * Writes the whole profile. The first save passes no version; later ones the version they saw
   * (CONFLICT otherwise). Two first saves at once: the unique index lets one win, the other gets CONFLICT.
   */
  async save(organisation: OrganisationEntity, input: SaveEnterpriseProfileInput): Promise<EnterpriseProfile> {
    const { expectedVersion, ...draft } = input;
    const valid = validateEnterpriseProfile(draft, todayOf(organisation));
    await this.dataSource.transaction(async (tx) => {
      const profiles = tx.getRepository(EnterpriseProfileEntity);
      const current = await profiles.findOne({ where: { orgId: organisation.id }, lock: { mode: 'pessimistic_write' } });
      if (!current) {
        if (expectedVersion != null) throw staleVersion(expectedVersion, 0);
        await withUniqueFields({ uq_enterprise_profiles_org: 'expectedVersion' }, () => profiles.insert({ ...valid, orgId: organisation.id }));
        return;
      }
      if (expectedVersion == null) throw new ValidationFailed([{ field: 'expectedVersion', code: 'required' }]);
      if (current.version !== expectedVersion) throw staleVersion(expectedVersion, current.version);
      await profiles.update({ orgId: organisation.id, id: current.id }, valid);
    });
    return (await this.get(organisation))!;
  }
}
