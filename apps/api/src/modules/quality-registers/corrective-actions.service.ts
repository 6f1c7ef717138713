import { Injectable } from '@nestjs/common';
import { AuditFindingEntity, CorrectiveActionEntity, type OrganisationEntity } from '@stardesk/database';
import {
  ValidationFailed,
  mergeDraft,
  validateCompletion,
  validateCorrectiveAction,
  validateEffectivenessCheck,
  type CorrectiveActionDraft,
  type FieldError,
} from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { lockVersioned } from '../../core/database/versioned-record';
import { recordNotFound } from '../../core/errors/app-errors';
import { isUuid } from '../../core/ids';
import type { Page } from '../../core/pagination/connection.model';
import { checkPageArgs } from '../../core/pagination/keyset';
import { StaffReferencesRepository } from '../staff/staff-references.repository';
import { todayOf } from './controlled-documents.service';
import type { CorrectiveAction } from './corrective-action.model';
import { CorrectiveActionsRepository } from './corrective-actions.repository';
import type {
  CompleteCorrectiveActionInput,
  CorrectiveActionsArgs,
  CreateCorrectiveActionInput,
  RecordEffectivenessCheckInput,
  UpdateCorrectiveActionInput,
} from './dto/corrective-action.input';

const CORRECTIVE_ACTION = { 'zh-CN': '纠正措施', en: 'Corrective action' };

@Injectable()
export class CorrectiveActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CorrectiveActionsRepository,
    private readonly staff: StaffReferencesRepository,
  ) {}

  list(organisation: OrganisationEntity, args: CorrectiveActionsArgs): Promise<Page<CorrectiveAction>> {
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    return this.repository.page({ orgId: organisation.id, ...args.filter }, { first: args.first, after }, todayOf(organisation));
  }

  async byId(organisation: OrganisationEntity, id: string): Promise<CorrectiveAction> {
    const action = isUuid(id) ? await this.repository.findById(organisation.id, id, todayOf(organisation)) : null;
    if (!action) throw recordNotFound(CORRECTIVE_ACTION, id);
    return action;
  }

  /** Opens an action; one raised by an audit finding is linked to it in the same transaction. */
  async create(organisation: OrganisationEntity, input: CreateCorrectiveActionInput): Promise<CorrectiveAction> {
    const valid = validateCorrectiveAction(input);
    const id = await this.dataSource.transaction(async (tx) => {
      await this.staff.check(tx, organisation.id, [{ field: 'ownerId', id: valid.ownerId, activeOnly: true }]);
      const finding = valid.auditFindingId ? await lockUnlinkedFinding(tx, organisation.id, valid.auditFindingId, 'auditFindingId') : null;
      const { auditFindingId: _finding, ...fields } = valid;
      const saved = await tx.getRepository(CorrectiveActionEntity).save(tx.getRepository(CorrectiveActionEntity).create({ ...fields, orgId: organisation.id, status: 'OPEN' }));
      if (finding) await tx.getRepository(AuditFindingEntity).update({ orgId: organisation.id, id: finding.id }, { correctiveActionId: saved.id });
      return saved.id;
    });
    return this.byId(organisation, id);
  }

  async update(organisation: OrganisationEntity, input: UpdateCorrectiveActionInput): Promise<CorrectiveAction> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, CorrectiveActionEntity, organisation.id, input.id, input.expectedVersion, CORRECTIVE_ACTION);
      if (current.status !== 'OPEN') throw new ValidationFailed([{ field: 'status', code: 'notOpen' }]);
      const { id: _id, expectedVersion: _version, ...changes } = input;
      const valid = validateCorrectiveAction(
        mergeDraft<CorrectiveActionDraft>(
          {
            source: current.source,
            sourceReference: current.sourceReference,
            auditFindingId: null,
            problem: current.problem,
            rootCause: current.rootCause,
            action: current.action,
            ownerId: current.ownerId,
            dueDate: current.dueDate,
          },
          changes,
        ),
        { findingLinked: current.source === 'AUDIT_FINDING' },
      );
      await this.staff.check(tx, organisation.id, [{ field: 'ownerId', id: valid.ownerId, activeOnly: valid.ownerId !== current.ownerId }]);
      const { auditFindingId: _finding, source: _source, ...fields } = valid;
      await tx.getRepository(CorrectiveActionEntity).update({ orgId: organisation.id, id: current.id }, fields);
    });
    return this.byId(organisation, input.id);
  }

  async complete(organisation: OrganisationEntity, input: CompleteCorrectiveActionInput): Promise<CorrectiveAction> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, CorrectiveActionEntity, organisation.id, input.id, input.expectedVersion, CORRECTIVE_ACTION);
      const done = validateCompletion(current, input, todayOf(organisation));
      await tx.getRepository(CorrectiveActionEntity).update({ orgId: organisation.id, id: current.id }, { ...done, status: 'ACTION_TAKEN' });
    });
    return this.byId(organisation, input.id);
  }

  async recordEffectivenessCheck(organisation: OrganisationEntity, input: RecordEffectivenessCheckInput): Promise<CorrectiveAction> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, CorrectiveActionEntity, organisation.id, input.id, input.expectedVersion, CORRECTIVE_ACTION);
      const check = validateEffectivenessCheck(current, input, todayOf(organisation));
      await this.staff.check(tx, organisation.id, [{ field: 'checkedById', id: check.checkedById }]);
      await tx.getRepository(CorrectiveActionEntity).update(
        { orgId: organisation.id, id: current.id },
        {
          status: check.nextStatus,
          dueDate: check.nextDueDate,
          effectivenessResult: check.result,
          effectivenessCheckedOn: check.checkedOn,
          effectivenessCheckedById: check.checkedById,
          effectivenessNote: check.note,
        },
      );
    });
    return this.byId(organisation, input.id);
  }
}

/** Locks a finding of the organisation that has no corrective action yet, or reports the field. */
export async function lockUnlinkedFinding(tx: EntityManager, orgId: string, findingId: string, field: string): Promise<AuditFindingEntity> {
  const finding = isUuid(findingId)
    ? await tx.getRepository(AuditFindingEntity).findOne({ where: { orgId, id: findingId }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!finding) throw new ValidationFailed([{ field, code: 'notFound' }]);
  if (finding.correctiveActionId) throw new ValidationFailed([{ field, code: 'alreadyRecorded' }]);
  return finding;
}
