import { Module } from '@nestjs/common';
import { ASSESSMENT_SOURCE_PROVIDERS } from './assessment-sources.provider';
import { AssessmentsResolver } from './assessments.resolver';
import { AssessmentsService } from './assessments.service';
import { CatalogVersionsService } from './catalog-versions.service';

/** GB/T 27922 certification: indicator catalogue versions, self-assessments, gap analysis. */
@Module({ providers: [AssessmentsResolver, AssessmentsService, CatalogVersionsService, ...ASSESSMENT_SOURCE_PROVIDERS] })
export class AssessmentsModule {}
