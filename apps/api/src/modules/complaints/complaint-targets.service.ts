import { Injectable } from '@nestjs/common';
import { kpiTargetsAt, type KpiTargets } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import { ServicePolicyRepository } from '../service-policy/service-policy.repository';

/**
 * The targets complaints are held to: the organisation's settings and approved service commitments
 * in force (kpis.md defaults where nothing is set), with outlet overrides in `byOutlet`.
 */
@Injectable()
export class ComplaintTargetsService {
  constructor(private readonly policies: ServicePolicyRepository) {}

  async forOrganisation(orgId: string, at: Date = new Date(), manager?: EntityManager): Promise<KpiTargets> {
    const policy = await this.policies.load(orgId, manager);
    return kpiTargetsAt(policy.targets, at);
  }
}
