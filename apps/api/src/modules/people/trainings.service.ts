import { Injectable } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import { ValidationFailed, localDateOf, validateTraining, type FieldError } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { unknownIdErrors } from '../../core/ids';
import type { Page } from '../../core/pagination/connection.model';
import { checkPageArgs } from '../../core/pagination/keyset';
import { StaffReferencesRepository } from '../staff/staff-references.repository';
import type { CreateTrainingInput } from './dto/create-training.input';
import type { TrainingsArgs } from './dto/trainings.args';
import { localDateRangeErrors } from './people-filters.util';
import type { Training } from './training.model';
import { TrainingsRepository } from './trainings.repository';

@Injectable()
export class TrainingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TrainingsRepository,
    private readonly staff: StaffReferencesRepository,
  ) {}

  list(organisation: OrganisationEntity, args: TrainingsArgs): Promise<Page<Training>> {
    const { filter } = args;
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    errors.push(...unknownIdErrors('filter.staffIds', filter?.staffIds), ...localDateRangeErrors('filter.dateFrom', filter?.dateFrom, 'filter.dateTo', filter?.dateTo));
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    return this.repository.page({ orgId: organisation.id, ...filter }, { first: args.first, after });
  }

  /** Records a training that took place (not after today where the organisation is) with its attendees. */
  async create(organisation: OrganisationEntity, input: CreateTrainingInput): Promise<Training> {
    const orgId = organisation.id;
    const training = validateTraining(input, localDateOf(new Date(), organisation.timeZone));
    const id = await this.dataSource.transaction(async (tx) => {
      await this.staff.check(tx, orgId, training.attendees.map((attendee, index) => ({ field: `attendees.${index}.staffId`, id: attendee.staffId })));
      return this.repository.insert(tx, orgId, training);
    });
    return (await this.repository.findById(orgId, id))!;
  }
}
