import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TargetValuesInput } from '../target-values.model';

@InputType({ description: 'Replaces all overrides of one outlet' })
export class SetOutletTargetsInput {
  @Field(() => ID, { nullable: true })
  outletId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Version of the outlet’s overrides the caller saw (0 when it has none)' })
  expectedVersion?: number | null;

  @Field(() => TargetValuesInput, { nullable: true, description: 'Overrides; fields left out or null follow the organisation' })
  targets?: TargetValuesInput | null;
}
