import { Field, ID, ObjectType } from '@nestjs/graphql';
import { StaffSummary } from '../staff/staff-summary.model';

@ObjectType()
export class FieldChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: 'A change to recorded facts: original kept, with who, when and why' })
export class Amendment {
  @Field(() => ID)
  id!: string;

  @Field(() => [FieldChange])
  changes!: FieldChange[];

  @Field()
  reason!: string;

  @Field()
  amendedAt!: Date;

  @Field(() => StaffSummary, { nullable: true })
  actor!: StaffSummary | null;
}
