import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ComplaintSeverity } from '@stardesk/domain';
import { ComplaintSeverityEnum } from '../../core/graphql/domain-enums';

@InputType({ description: 'Corrects facts of a complaint (also a closed one); fields left out keep their value' })
export class AmendComplaintInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why (required): kept with the original values' })
  reason?: string | null;

  @Field(() => ComplaintSeverityEnum, { nullable: true })
  severity?: ComplaintSeverity | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  resolution?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}
