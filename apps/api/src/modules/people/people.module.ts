import { Module } from '@nestjs/common';
import { StaffModule } from '../staff/staff.module';
import { QualificationsRepository } from './qualifications.repository';
import { QualificationsResolver } from './qualifications.resolver';
import { QualificationsService } from './qualifications.service';
import { StaffEvaluationsRepository } from './staff-evaluations.repository';
import { StaffEvaluationsResolver } from './staff-evaluations.resolver';
import { StaffEvaluationsService } from './staff-evaluations.service';
import { StaffPeopleFieldsResolver } from './staff-people-fields.resolver';
import { TrainingsRepository } from './trainings.repository';
import { TrainingsResolver } from './trainings.resolver';
import { TrainingsService } from './trainings.service';

/** People records: qualifications, trainings, evaluations (product.md), and their fields on StaffMember. */
@Module({
  imports: [StaffModule],
  providers: [
    QualificationsResolver,
    QualificationsService,
    QualificationsRepository,
    TrainingsResolver,
    TrainingsService,
    TrainingsRepository,
    StaffEvaluationsResolver,
    StaffEvaluationsService,
    StaffEvaluationsRepository,
    StaffPeopleFieldsResolver,
  ],
})
export class PeopleModule {}
