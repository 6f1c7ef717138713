import { Module } from '@nestjs/common';
import { ReturnVisitSchedulingModule } from '../return-visits/return-visit-scheduling.module';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { PublicSurveysResolver } from './public-surveys.resolver';
import { PublicSurveysService } from './public-surveys.service';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyRecordsRepository } from './survey-records.repository';
import { SurveyTemplatesService } from './survey-templates.service';
import { SurveysResolver } from './surveys.resolver';

@Module({
  imports: [ServiceRequestsModule, ReturnVisitSchedulingModule],
  providers: [SurveysResolver, PublicSurveysResolver, SurveyTemplatesService, SurveyInvitationsService, PublicSurveysService, SurveyRecordsRepository],
  exports: [SurveyRecordsRepository],
})
export class SurveysModule {}
