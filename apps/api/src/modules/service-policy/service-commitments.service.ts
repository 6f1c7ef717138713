import { Injectable } from '@nestjs/common';
import { ServiceCommitmentEntity } from '@stardesk/database';
import {
  TARGET_KEY_SPECS,
  ValidationFailed,
  commitmentsInForce,
  validateServiceCommitment,
  type TargetInForce as DomainTargetInForce,
  type TargetKey,
} from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { AppError, recordNotFound, staleVersion } from '../../core/errors/app-errors';
import { isUuid, withUniqueFields } from '../../core/database/versioned-record';
import type { CreateServiceCommitmentInput } from './dto/create-service-commitment.input';
import type { ServiceCommitment } from './service-commitment.model';
import type { TargetInForce } from './target-in-force.model';
import { ServicePolicyRepository, toStoredCommitment, type StoredCommitment } from './service-policy.repository';

const COMMITMENT = { 'zh-CN': '服务承诺', en: 'Service commitment' };

/** Commitments as the API shows them, each marked whether it sets its target right now. */
export function commitmentModels(all: readonly StoredCommitment[], now: Date, shown: readonly StoredCommitment[] = all): ServiceCommitment[] {
  const inForce = new Set([...commitmentsInForce(all, now).values()].map((commitment) => (commitment as StoredCommitment).id));
  return shown.map((commitment) => ({ ...commitment, targetUnit: TARGET_KEY_SPECS[commitment.targetKey].unit, inForce: inForce.has(commitment.id) }));
}

/** A target in force with its commitment (if any) as the API shows commitments. */
export function targetInForceModel(target: DomainTargetInForce, commitments: readonly StoredCommitment[], now: Date): TargetInForce {
  return { ...target, commitment: target.commitment ? commitmentModels(commitments, now, [target.commitment as StoredCommitment])[0]! : null };
}

@Injectable()
export class ServiceCommitmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ServicePolicyRepository,
  ) {}

  async list(orgId: string, filter: { code?: string | null; targetKey?: TargetKey | null }): Promise<ServiceCommitment[]> {
    const all = await this.repository.commitments(orgId);
    const shown = all.filter((row) => (!filter.code || row.code === filter.code.trim().toUpperCase()) && (!filter.targetKey || row.targetKey === filter.targetKey));
    return commitmentModels(all, new Date(), shown);
  }

  /**
   * Writes the next version of a code (1 for a new code), as a draft. Versions of one code are
   * numbered under an advisory lock on the code, so two editors cannot both write version 3.
   */
  async create(orgId: string, input: CreateServiceCommitmentInput): Promise<ServiceCommitment> {
    const result = validateServiceCommitment(input);
    if (!result.ok) throw new ValidationFailed(result.errors);
    const draft = result.value;
    const id = await this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`service_commitments:${orgId}:${draft.code}`]);
      const [{ latest }]: { latest: number }[] = await tx.query(
        'SELECT COALESCE(max(version), 0)::int AS latest FROM service_commitments WHERE org_id = $1 AND code = $2',
        [orgId, draft.code],
      );
      if (input.expectedVersion != null && input.expectedVersion !== latest) throw staleVersion(input.expectedVersion, latest);
      const inserted = await withUniqueFields({ uq_service_commitments_org_code_version: 'code' }, () =>
        tx.getRepository(ServiceCommitmentEntity).insert({ ...draft, orgId, version: latest + 1, approvedAt: null }),
      );
      return inserted.identifiers[0]!['id'] as string;
    });
    return this.one(orgId, id);
  }

  /** Approval puts a version in force from its effective date; an approved version never changes. */
  async approve(orgId: string, id: string): Promise<ServiceCommitment> {
    await this.dataSource.transaction(async (tx) => {
      const row = isUuid(id)
        ? await tx.getRepository(ServiceCommitmentEntity).findOne({ where: { orgId, id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!row) throw recordNotFound(COMMITMENT, id);
      if (row.approvedAt) throw alreadyApproved(toStoredCommitment(row));
      await tx.getRepository(ServiceCommitmentEntity).update({ orgId, id }, { approvedAt: new Date() });
    });
    return this.one(orgId, id);
  }

  private async one(orgId: string, id: string): Promise<ServiceCommitment> {
    const all = await this.repository.commitments(orgId);
    return commitmentModels(all, new Date(), all.filter((row) => row.id === id))[0]!;
  }
}

function alreadyApproved(commitment: StoredCommitment): AppError {
  return new AppError('INVALID_STATE', {
    'zh-CN': `服务承诺 ${commitment.code} 第 ${commitment.version} 版已批准，不能再次批准；如需修改请新建版本`,
    en: `Version ${commitment.version} of commitment ${commitment.code} is already approved; create a new version to change it`,
  });
}
