import { Module } from '@nestjs/common';
import { SurveysModule } from '../surveys/surveys.module';
import { ReturnVisitFieldsResolver } from './return-visit-fields.resolver';
import { ReturnVisitSchedulingModule } from './return-visit-scheduling.module';
import { ReturnVisitsRepository } from './return-visits.repository';
import { ReturnVisitsResolver } from './return-visits.resolver';
import { ReturnVisitsService } from './return-visits.service';

@Module({ imports: [ReturnVisitSchedulingModule, SurveysModule], providers: [ReturnVisitsResolver, ReturnVisitFieldsResolver, ReturnVisitsService, ReturnVisitsRepository] })
export class ReturnVisitsModule {}
