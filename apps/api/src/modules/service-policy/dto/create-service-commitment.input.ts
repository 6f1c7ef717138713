import { Field, InputType, Int } from '@nestjs/graphql';
import type { TargetKey } from '@stardesk/domain';
import { TargetKeyEnum } from '../../../core/graphql/domain-enums';

@InputType({ description: 'A new version of a commitment (version 1 for a new code); approve it to put it in force' })
export class CreateServiceCommitmentInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => TargetKeyEnum, { nullable: true })
  targetKey?: TargetKey | null;

  @Field(() => Int, { nullable: true })
  targetValue?: number | null;

  @Field(() => Date, { nullable: true })
  effectiveFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive; null: open-ended' })
  effectiveTo?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The latest version of this code the caller saw (0 for a new code)' })
  expectedVersion?: number | null;
}
