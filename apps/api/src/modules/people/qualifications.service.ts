import { Injectable } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import { QUALIFICATION_LIMITS, ValidationFailed, expiryWindow, localDateOf, validateQualification, type FieldError } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../core/database/unique-violation';
import { unknownIdErrors } from '../../core/ids';
import type { Page } from '../../core/pagination/connection.model';
import { checkPageArgs } from '../../core/pagination/keyset';
import { StaffReferencesRepository } from '../staff/staff-references.repository';
import type { CreateQualificationInput } from './dto/create-qualification.input';
import type { QualificationsArgs } from './dto/qualifications.args';
import { localDateFilterErrors } from './people-filters.util';
import type { Qualification } from './qualification.model';
import { QualificationsRepository } from './qualifications.repository';

const duplicateCertificate = (): ValidationFailed => new ValidationFailed([{ field: 'certificateNo', code: 'duplicate' }]);

@Injectable()
export class QualificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: QualificationsRepository,
    private readonly staff: StaffReferencesRepository,
  ) {}

  /** The register; `expiringWithinDays` counts from today where the organisation is. */
  list(organisation: OrganisationEntity, args: QualificationsArgs): Promise<Page<Qualification>> {
    const { filter } = args;
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    errors.push(...unknownIdErrors('filter.staffIds', filter?.staffIds), ...localDateFilterErrors('filter.validAt', filter?.validAt));
    const days = filter?.expiringWithinDays;
    if (days != null && (!Number.isInteger(days) || days < 0 || days > QUALIFICATION_LIMITS.maxExpiringWithinDays)) {
      errors.push({ field: 'filter.expiringWithinDays', code: 'outOfRange', params: { min: 0, max: QUALIFICATION_LIMITS.maxExpiringWithinDays } });
    }
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    const expiring = days == null ? null : expiryWindow(localDateOf(new Date(), organisation.timeZone), days);
    return this.repository.page(
      { orgId: organisation.id, staffIds: filter?.staffIds, certificateTypes: filter?.certificateTypes, validAt: filter?.validAt, expiring },
      { first: args.first, after },
    );
  }

  /** Registers a certificate of any staff member (past staff too: the register is history). */
  async create(organisation: OrganisationEntity, input: CreateQualificationInput): Promise<Qualification> {
    const orgId = organisation.id;
    const qualification = validateQualification(input);
    let id: string;
    try {
      id = await this.dataSource.transaction(async (tx) => {
        await this.staff.check(tx, orgId, [{ field: 'staffId', id: qualification.staffId }]);
        if (await this.repository.exists(tx, orgId, qualification.certificateType, qualification.certificateNo)) throw duplicateCertificate();
        return this.repository.insert(tx, orgId, qualification);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_qualifications_org_type_no')) throw duplicateCertificate();
      throw error;
    }
    return (await this.repository.findById(orgId, id))!;
  }
}
