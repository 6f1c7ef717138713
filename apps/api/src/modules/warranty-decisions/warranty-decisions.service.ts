import { Injectable } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import { ValidationFailed, decideWarranty, type FieldError } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { isUuid, unknownIdErrors } from '../../core/ids';
import type { Page } from '../../core/pagination/connection.model';
import { checkPageArgs } from '../../core/pagination/keyset';
import { RequestReferencesRepository, assertRequestTakesRecords } from '../service-requests/request-references.repository';
import { StaffReferencesRepository } from '../staff/staff-references.repository';
import type { DecideWarrantyInput } from './dto/decide-warranty.input';
import type { WarrantyDecisionsArgs } from './dto/warranty-decisions.args';
import type { WarrantyDecision } from './warranty-decision.model';
import { WarrantyDecisionsRepository } from './warranty-decisions.repository';

const WARRANTY_DECISION = { 'zh-CN': '三包决定', en: 'warranty decision' };

@Injectable()
export class WarrantyDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: WarrantyDecisionsRepository,
    private readonly requests: RequestReferencesRepository,
    private readonly staff: StaffReferencesRepository,
  ) {}

  list(organisation: OrganisationEntity, args: WarrantyDecisionsArgs): Promise<Page<WarrantyDecision>> {
    const { filter } = args;
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    errors.push(...unknownIdErrors('filter.outletIds', filter?.outletIds));
    if (filter?.requestId && !isUuid(filter.requestId)) errors.push({ field: 'filter.requestId', code: 'notFound' });
    if (filter?.decidedFrom && filter.decidedTo && filter.decidedTo < filter.decidedFrom) errors.push({ field: 'filter.decidedTo', code: 'beforeStart' });
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    return this.repository.page({ orgId: organisation.id, ...filter }, { first: args.first, after });
  }

  /**
   * Takes a 三包 decision on a request. The request and its current decision are locked, so two
   * managers deciding at once are serialised: the later one supersedes the earlier, and both stay.
   */
  async decide(organisation: OrganisationEntity, input: DecideWarrantyInput): Promise<WarrantyDecision> {
    const orgId = organisation.id;
    const id = await this.dataSource.transaction(async (tx) => {
      const request = await this.requests.lock(tx, orgId, input.requestId);
      assertRequestTakesRecords(request, WARRANTY_DECISION);
      const current = await this.repository.lockCurrent(tx, orgId, request.id);
      const decision = decideWarranty(input, {
        derivedWarrantyStatus: request.warranty_status,
        reportedAt: request.reported_at,
        previousDecidedAt: current?.decided_at ?? null,
        now: new Date(),
      });
      await this.staff.check(tx, orgId, [{ field: 'decidedById', id: decision.decidedById, activeOnly: true }]);
      return this.repository.supersede(tx, orgId, request.id, current?.id ?? null, decision);
    });
    return (await this.repository.findById(orgId, id))!;
  }
}
