import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../core/pagination/connection.model';
import { StaffSummary } from '../staff/staff-summary.model';

@ObjectType({ description: 'A periodic evaluation (考评) of one person' })
export class StaffEvaluation {
  @Field(() => ID)
  id!: string;

  @Field(() => StaffSummary)
  staff!: StaffSummary;

  @Field({ description: 'First day of the period, YYYY-MM-DD' })
  periodFrom!: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD' })
  periodTo!: string;

  @Field(() => Int, { description: '服务态度 1–5' })
  attitude!: number;

  @Field(() => Int, { description: '解决问题能力 1–5' })
  problemSolving!: number;

  @Field(() => Int, { description: '客户满意度 1–5' })
  satisfaction!: number;

  @Field(() => Float, { description: 'Total score 0–100' })
  score!: number;

  @Field(() => StaffSummary)
  evaluator!: StaffSummary;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class StaffEvaluationConnection extends Connection(StaffEvaluation) {}
