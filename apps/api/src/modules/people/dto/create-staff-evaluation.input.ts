import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

/** Every field is nullable on purpose: the domain validator reports what is missing, field by field. */
@InputType({ description: 'A periodic evaluation of one person; one per person and period' })
export class CreateStaffEvaluationInput {
  @Field(() => ID, { nullable: true, description: 'The person evaluated (required)' })
  staffId?: string | null;

  @Field(() => String, { nullable: true, description: 'First day YYYY-MM-DD (required)' })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day YYYY-MM-DD (required)' })
  periodTo?: string | null;

  @Field(() => Int, { nullable: true, description: '服务态度 1–5 (required)' })
  attitude?: number | null;

  @Field(() => Int, { nullable: true, description: '解决问题能力 1–5 (required)' })
  problemSolving?: number | null;

  @Field(() => Int, { nullable: true, description: '客户满意度 1–5 (required)' })
  satisfaction?: number | null;

  @Field(() => Float, { nullable: true, description: 'Total score 0–100 (required)' })
  score?: number | null;

  @Field(() => ID, { nullable: true, description: 'Who evaluated, an active staff member (required)' })
  evaluatorId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
