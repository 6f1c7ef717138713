import { Injectable } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import { applyComplaintCommand, type ComplaintCommand } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { recordNotFound, staleVersion } from '../../core/errors/app-errors';
import type { Complaint } from './complaint.model';
import { ComplaintRepository, lifecycleStateOf } from './complaint.repository';
import { isUuid } from '../../core/ids';

const COMPLAINT = { 'zh-CN': '投诉', en: 'Complaint' };

/**
 * Staff steps on a complaint: the row is locked for the transaction, the pure domain decides, and
 * the new state and its event are written together, or not at all.
 */
@Injectable()
export class ComplaintLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ComplaintRepository,
  ) {}

  async apply(organisation: OrganisationEntity, id: string, command: ComplaintCommand, expectedVersion?: number | null): Promise<Complaint> {
    if (!isUuid(id)) throw recordNotFound(COMPLAINT, id);
    await this.dataSource.transaction(async (tx) => {
      const row = await this.repository.lock(tx, organisation.id, id);
      if (!row) throw recordNotFound(COMPLAINT, id);
      if (expectedVersion != null && expectedVersion !== row.version) throw staleVersion(expectedVersion, row.version);
      const { state, event } = applyComplaintCommand(lifecycleStateOf(row), command, new Date());
      await this.repository.saveTransition(tx, organisation.id, id, state, [event]);
    });
    return (await this.repository.findById(organisation.id, id))!;
  }
}
