import { Injectable } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import { ValidationFailed, validateStaffEvaluation, type FieldError } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../core/database/unique-violation';
import { unknownIdErrors } from '../../core/ids';
import type { Page } from '../../core/pagination/connection.model';
import { checkPageArgs } from '../../core/pagination/keyset';
import { StaffReferencesRepository } from '../staff/staff-references.repository';
import type { CreateStaffEvaluationInput } from './dto/create-staff-evaluation.input';
import type { StaffEvaluationsArgs } from './dto/staff-evaluations.args';
import { localDateRangeErrors } from './people-filters.util';
import type { StaffEvaluation } from './staff-evaluation.model';
import { StaffEvaluationsRepository } from './staff-evaluations.repository';

/** One evaluation per person and period: a second one would be a silent rewrite of the first. */
const alreadyEvaluated = (): ValidationFailed => new ValidationFailed([{ field: 'periodFrom', code: 'alreadyRecorded' }]);

@Injectable()
export class StaffEvaluationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: StaffEvaluationsRepository,
    private readonly staff: StaffReferencesRepository,
  ) {}

  list(organisation: OrganisationEntity, args: StaffEvaluationsArgs): Promise<Page<StaffEvaluation>> {
    const { filter } = args;
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    errors.push(...unknownIdErrors('filter.staffIds', filter?.staffIds), ...localDateRangeErrors('filter.periodFrom', filter?.periodFrom, 'filter.periodTo', filter?.periodTo));
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    return this.repository.page({ orgId: organisation.id, ...filter }, { first: args.first, after });
  }

  async create(organisation: OrganisationEntity, input: CreateStaffEvaluationInput): Promise<StaffEvaluation> {
    const orgId = organisation.id;
    const evaluation = validateStaffEvaluation(input);
    let id: string;
    try {
      id = await this.dataSource.transaction(async (tx) => {
        await this.staff.check(tx, orgId, [
          { field: 'staffId', id: evaluation.staffId },
          { field: 'evaluatorId', id: evaluation.evaluatorId, activeOnly: true },
        ]);
        if (await this.repository.exists(tx, orgId, evaluation)) throw alreadyEvaluated();
        return this.repository.insert(tx, orgId, evaluation);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_staff_evaluations_staff_period')) throw alreadyEvaluated();
      throw error;
    }
    return (await this.repository.findById(orgId, id))!;
  }
}
