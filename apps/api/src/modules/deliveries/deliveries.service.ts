import { Injectable } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import {
  ValidationFailed,
  validateDeliveryCompletion,
  validateDeliverySchedule,
  type DeliveryKind,
  type FieldError,
} from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, recordNotFound, staleVersion } from '../../core/errors/app-errors';
import { isUuid, unknownIdErrors } from '../../core/ids';
import type { Page } from '../../core/pagination/connection.model';
import { checkPageArgs } from '../../core/pagination/keyset';
import { RequestReferencesRepository, assertRequestTakesRecords, type RequestReference } from '../service-requests/request-references.repository';
import { StaffReferencesRepository } from '../staff/staff-references.repository';
import type { Delivery } from './delivery.model';
import { DeliveriesRepository } from './deliveries.repository';
import type { CompleteDeliveryInput } from './dto/complete-delivery.input';
import type { DeliveriesArgs } from './dto/deliveries.args';
import type { ScheduleDeliveryInput } from './dto/schedule-delivery.input';

const DELIVERY = { 'zh-CN': '配送/安装记录', en: 'Delivery' };
const DELIVERY_RECORD = { 'zh-CN': '配送/安装', en: 'delivery or installation' };

@Injectable()
export class DeliveriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DeliveriesRepository,
    private readonly requests: RequestReferencesRepository,
    private readonly staff: StaffReferencesRepository,
  ) {}

  list(organisation: OrganisationEntity, args: DeliveriesArgs): Promise<Page<Delivery>> {
    const { filter } = args;
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    errors.push(...unknownIdErrors('filter.outletIds', filter?.outletIds), ...unknownIdErrors('filter.staffIds', filter?.staffIds));
    if (filter?.requestId && !isUuid(filter.requestId)) errors.push({ field: 'filter.requestId', code: 'notFound' });
    if (filter?.scheduledFrom && filter.scheduledTo && filter.scheduledTo < filter.scheduledFrom) errors.push({ field: 'filter.scheduledTo', code: 'beforeStart' });
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    return this.repository.page({ orgId: organisation.id, ...filter }, { first: args.first, after });
  }

  /**
   * Schedules a delivery of a DELIVERY or INSTALLATION request. The request is locked so it cannot be
   * cancelled or closed while the delivery is written. It does not move the request's lifecycle:
   * dispatching and resolving stay the dispatcher's steps.
   */
  async schedule(organisation: OrganisationEntity, input: ScheduleDeliveryInput): Promise<Delivery> {
    const orgId = organisation.id;
    const id = await this.dataSource.transaction(async (tx) => {
      const request = await this.requests.lock(tx, orgId, input.requestId);
      assertRequestTakesRecords(request, DELIVERY_RECORD);
      const schedule = validateDeliverySchedule(input, { type: request.type, reportedAt: request.reported_at });
      await this.staff.check(tx, orgId, [{ field: 'staffId', id: schedule.staffId, activeOnly: true }]);
      const unitId = await this.unitOf(tx, orgId, request, schedule.unitId);
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO deliveries (org_id, request_id, kind, unit_id, status, scheduled_from, scheduled_to, staff_id, note)
         VALUES ($1, $2, $3, $4, 'SCHEDULED', $5, $6, $7, $8) RETURNING id`,
        [orgId, request.id, request.type as DeliveryKind, unitId, schedule.scheduledFrom, schedule.scheduledTo, schedule.staffId, schedule.note],
      );
      return row!.id;
    });
    return (await this.repository.findById(orgId, id))!;
  }

  /** Records the hand-over once: the row lock makes a second, concurrent completion see DONE. */
  async complete(organisation: OrganisationEntity, input: CompleteDeliveryInput): Promise<Delivery> {
    const orgId = organisation.id;
    if (!isUuid(input.id)) throw recordNotFound(DELIVERY, input.id);
    await this.dataSource.transaction(async (tx) => {
      const delivery = await this.repository.lock(tx, orgId, input.id);
      if (!delivery) throw recordNotFound(DELIVERY, input.id);
      if (input.expectedVersion != null && input.expectedVersion !== delivery.version) throw staleVersion(input.expectedVersion, delivery.version);
      if (delivery.status === 'DONE') throw alreadyDone();
      assertRequestTakesRecords({ code: delivery.request_code, status: delivery.request_status }, DELIVERY_RECORD);
      const done = validateDeliveryCompletion(input, { reportedAt: delivery.reported_at, now: new Date() });
      await this.staff.check(tx, orgId, [{ field: 'staffId', id: done.staffId }]);
      await tx.query(
        `UPDATE deliveries
            SET status = 'DONE', done_at = $3, condition = $4, signer_name = $5, completion_note = $6, staff_id = COALESCE($7, staff_id),
                version = version + 1, updated_at = now()
          WHERE org_id = $1 AND id = $2`,
        [orgId, input.id, done.doneAt, done.condition, done.signerName, done.note, done.staffId],
      );
    });
    return (await this.repository.findById(orgId, input.id))!;
  }

  /** The unit given (of the request's product) or else the request's own unit. */
  private async unitOf(tx: EntityManager, orgId: string, request: RequestReference, unitId: string | null): Promise<string | null> {
    if (!unitId) return request.unit_id;
    const [unit]: { product_id: string; model: string }[] = isUuid(unitId)
      ? await tx.query('SELECT pu.product_id, p.model FROM product_units pu JOIN products p ON p.org_id = pu.org_id AND p.id = pu.product_id WHERE pu.org_id = $1 AND pu.id = $2', [orgId, unitId])
      : [];
    if (!unit) throw new ValidationFailed([{ field: 'unitId', code: 'notFound' }]);
    if (unit.product_id !== request.product_id) throw new ValidationFailed([{ field: 'unitId', code: 'serialBelongsToOtherProduct', params: { model: unit.model } }]);
    return unitId;
  }
}

function alreadyDone(): AppError {
  return new AppError('INVALID_STATE', {
    'zh-CN': '该配送/安装已登记完成，完成记录不能再修改',
    en: 'This delivery is already done; its completion cannot be recorded again',
  });
}
