import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { Assessment } from './assessment.model';
import { assessmentView, catalogVersionView } from './assessment-view.util';
import { AssessmentsService, type LoadedAssessment } from './assessments.service';
import { CatalogVersionsService } from './catalog-versions.service';
import {
  AddSpecialDeductionInput,
  AssessmentChangeInput,
  CreateAssessmentInput,
  ExcludeAssessmentItemInput,
  RecordAssessmentJudgementInput,
  RemoveAssessmentExclusionInput,
  RemoveSpecialDeductionInput,
  SetSpecialBonusInput,
  SignOffAssessmentInput,
} from './dto/assessment-change.input';
import { CreateCatalogVersionInput } from './dto/create-catalog-version.input';
import { GapAnalysis } from './gap-analysis.model';
import { IndicatorCatalogVersion } from './indicator-catalog.model';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Allow(...ROLES.OVERSIGHT)
@Resolver(() => Assessment)
@UseGuards(OrgContextGuard)
export class AssessmentsResolver {
  constructor(
    private readonly service: AssessmentsService,
    private readonly catalogs: CatalogVersionsService,
  ) {}

  @Query(() => [IndicatorCatalogVersion], { description: 'Every version of the GB/T 27922 indicator catalogue, oldest first' })
  async indicatorCatalogVersions(@CurrentOrg() organisation: OrganisationEntity): Promise<IndicatorCatalogVersion[]> {
    return (await this.catalogs.list(organisation.id)).map(catalogVersionView);
  }

  @Query(() => IndicatorCatalogVersion, { description: 'One catalogue version; the newest when versionNo is left out' })
  async indicatorCatalogVersion(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('versionNo', { type: () => Int, nullable: true }) versionNo?: number | null,
  ): Promise<IndicatorCatalogVersion> {
    return catalogVersionView(await this.catalogs.get(organisation.id, versionNo));
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => IndicatorCatalogVersion, { description: 'ADMIN: a new catalogue version (points, criteria, thresholds); earlier versions and their assessments stay' })
  async createIndicatorCatalogVersion(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateCatalogVersionInput): Promise<IndicatorCatalogVersion> {
    return catalogVersionView(await this.catalogs.create(organisation.id, input));
  }

  @Query(() => [Assessment], { description: 'Assessments, newest period first' })
  async assessments(@CurrentOrg() organisation: OrganisationEntity, @Context() context: GraphqlContext): Promise<Assessment[]> {
    return (await this.service.list(organisation.id)).map((loaded) => view(loaded, context));
  }

  @Query(() => Assessment, { description: 'An assessment with its indicator table, score, grade and gap analysis' })
  async assessment(@CurrentOrg() organisation: OrganisationEntity, @Args('id', { type: () => ID }) id: string, @Context() context: GraphqlContext): Promise<Assessment> {
    return view(await this.service.get(organisation.id, id), context);
  }

  @Query(() => GapAnalysis, { description: 'Points lost per indicator and why, and the fewest fixes that reach the next grade' })
  async assessmentGapAnalysis(@CurrentOrg() organisation: OrganisationEntity, @Args('id', { type: () => ID }) id: string, @Context() context: GraphqlContext): Promise<GapAnalysis> {
    return view(await this.service.get(organisation.id, id), context).gapAnalysis;
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => Assessment, { description: 'Create an assessment for a period and evaluate its KPI, DOCUMENT and SAMPLE criteria' })
  async createAssessment(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateAssessmentInput, @Context() context: GraphqlContext): Promise<Assessment> {
    return view(await this.service.create(organisation, input), context);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => Assessment, { description: 'Evaluate the automatic criteria again (same seed, same samples over the same records)' })
  async evaluateAssessment(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: AssessmentChangeInput, @Context() context: GraphqlContext): Promise<Assessment> {
    return view(await this.service.evaluate(organisation.id, input), context);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => Assessment, { description: 'Record an assessor’s judgement with note and evidence links' })
  async recordAssessmentJudgement(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: RecordAssessmentJudgementInput, @Context() context: GraphqlContext): Promise<Assessment> {
    return view(await this.service.recordJudgement(organisation.id, input), context);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => Assessment, { description: '删减: exclude an indicator or criterion that does not apply' })
  async excludeAssessmentItem(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: ExcludeAssessmentItemInput, @Context() context: GraphqlContext): Promise<Assessment> {
    return view(await this.service.exclude(organisation.id, input), context);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => Assessment, { description: 'Take back an exclusion' })
  async removeAssessmentExclusion(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: RemoveAssessmentExclusionInput, @Context() context: GraphqlContext): Promise<Assessment> {
    return view(await this.service.removeExclusion(organisation.id, input), context);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => Assessment, { description: '特别扣分项: one point off for each finding' })
  async addSpecialDeduction(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: AddSpecialDeductionInput, @Context() context: GraphqlContext): Promise<Assessment> {
    return view(await this.service.addSpecialDeduction(organisation.id, input), context);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => Assessment, { description: 'Take back a special deduction recorded by mistake' })
  async removeSpecialDeduction(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: RemoveSpecialDeductionInput, @Context() context: GraphqlContext): Promise<Assessment> {
    return view(await this.service.removeSpecialDeduction(organisation.id, input), context);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => Assessment, { description: '特别加分项: set (or with a null description remove) the single bonus' })
  async setSpecialBonus(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: SetSpecialBonusInput, @Context() context: GraphqlContext): Promise<Assessment> {
    return view(await this.service.setSpecialBonus(organisation.id, input), context);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => Assessment, { description: 'Sign off: freezes the assessment with every input it used' })
  async signOffAssessment(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: SignOffAssessmentInput, @Context() context: GraphqlContext): Promise<Assessment> {
    return view(await this.service.signOff(organisation.id, input), context);
  }
}

function view(loaded: LoadedAssessment, context: GraphqlContext): Assessment {
  return assessmentView(loaded.row, loaded.version, context.locale);
}
