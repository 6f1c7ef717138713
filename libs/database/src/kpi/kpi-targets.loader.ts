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
  const reads = [
    () => manager.getRepository(OrganisationSettingsEntity).findOneBy({ orgId }),
    () => manager.getRepository(OutletTargetsEntity).findBy({ orgId }),
    () => manager.getRepository(ServiceCommitmentEntity).findBy({ orgId, approvedAt: Not(IsNull()) }),
  ] as const;
  // A transaction's manager (its one connection takes one query at a time) reads one after the other; the
  // pool's reads side by side (three round trips of every dashboard otherwise).
  const [settings, outlets, commitments] = manager.queryRunner
    ? [await reads[0](), await reads[1](), await reads[2]()]
    : await Promise.all([reads[0](), reads[1](), reads[2]()]);
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
