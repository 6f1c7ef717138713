import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { QualitativeOutcome, SpecialDeductionKind } from '@stardesk/domain';
import { QualitativeOutcomeEnum, SpecialDeductionKindEnum } from '../assessment-enums';

@InputType({ description: 'A new assessment: the period (local dates, half-open) and the catalogue version' })
export class CreateAssessmentInput {
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Day after the last, YYYY-MM-DD (exclusive)' })
  to?: string | null;

  @Field(() => Int, { nullable: true, description: 'Defaults to the newest version' })
  catalogVersionNo?: number | null;

  @Field(() => String, { nullable: true, description: 'Seed of the samples; a random one when left out' })
  sampleSeed?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;
}

/** Every change names the assessment and the version the caller saw (optimistic locking). */
@InputType()
export class AssessmentChangeInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType({ description: 'An assessor’s judgement of a MANUAL criterion, or of one its evidence left open' })
export class RecordAssessmentJudgementInput extends AssessmentChangeInput {
  @Field(() => String, { nullable: true })
  criterionKey?: string | null;

  @Field(() => QualitativeOutcomeEnum, { nullable: true })
  outcome?: QualitativeOutcome | null;

  @Field(() => String, { nullable: true, description: 'Required for NON_CONFORMING and NOT_APPLICABLE' })
  note?: string | null;

  @Field(() => [String], { nullable: true, description: 'Links to the evidence seen (attachments, documents, pages)' })
  evidenceLinks?: string[] | null;
}

@InputType({ description: '删减: an indicator or criterion that does not apply; its points leave the denominator' })
export class ExcludeAssessmentItemInput extends AssessmentChangeInput {
  @Field(() => String, { nullable: true, description: 'An indicator key (GOODS.RECYC) or a criterion key' })
  key?: string | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class RemoveAssessmentExclusionInput extends AssessmentChangeInput {
  @Field(() => String, { nullable: true })
  key?: string | null;
}

@InputType({ description: '特别扣分项: costs 1 point outside the indicator points' })
export class AddSpecialDeductionInput extends AssessmentChangeInput {
  @Field(() => SpecialDeductionKindEnum, { nullable: true })
  kind?: SpecialDeductionKind | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The corrective action that answers the finding' })
  correctiveActionId?: string | null;
}

@InputType({ description: 'Take back a special deduction recorded by mistake' })
export class RemoveSpecialDeductionInput extends AssessmentChangeInput {
  @Field(() => Int, { nullable: true, description: 'Position in specialDeductions, from 0' })
  index?: number | null;
}

@InputType({ description: '特别加分项: at most one; a null description removes it' })
export class SetSpecialBonusInput extends AssessmentChangeInput {
  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class SignOffAssessmentInput extends AssessmentChangeInput {
  @Field(() => String, { nullable: true, description: 'Name of the assessor signing off' })
  signedOffBy?: string | null;
}
