import { kpiTargetsAt, targetSettingsOf, type KpiTargets, type TargetPolicy } from '@stardesk/domain';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { OrganisationSettingsEntity } from '../entities/organisation-settings.entity';
import { OutletTargetsEntity } from '../entities/outlet-targets.entity';
import { ServiceCommitmentEntity } from '../entities/service-commitment.entity';

/**
 * The KPI targets in force at `at` (organisation settings, approved service commitments, outlet
 * overrides): what the API's service policy resolves, read here so the CLI gets the same targets.
 */
export async function loadKpiTargets(manager: EntityManager, orgId: string, at: Date): Promise<KpiTargets> {
  // One after the other: the manager may be a transaction's, whose one connection takes one query at a time.
  const settings = await manager.getRepository(OrganisationSettingsEntity).findOneBy({ orgId });
  const outlets = await manager.getRepository(OutletTargetsEntity).findBy({ orgId });
  const commitments = await manager.getRepository(ServiceCommitmentEntity).findBy({ orgId, approvedAt: Not(IsNull()) });
  const policy: TargetPolicy = {
    organisation: targetSettingsOf(settings?.targets),
    commitments: commitments.map((row) => ({
      code: row.code,
      version: row.version,
      title: row.title,
      description: row.description,
      targetKey: row.targetKey,
      targetValue: row.targetValue,
      effectiveFrom: row.effectiveFrom,
      effectiveTo: row.effectiveTo,
      approvedAt: row.approvedAt,
    })),
    outlets: new Map(outlets.map((row) => [row.outletId, targetSettingsOf(row.targets)])),
  };
  return kpiTargetsAt(policy, at);
}
