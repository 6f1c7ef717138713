import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { OutletKind } from '@stardesk/domain';
import { OutletKindEnum } from '../../../core/graphql/domain-enums';

@InputType()
export class CreateOutletInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => OutletKindEnum, { nullable: true })
  kind?: OutletKind | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'The area served (districts, towns)' })
  coverage?: string | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;
}

@InputType({ description: 'Fields left out keep their value; deactivate instead of deleting' })
export class UpdateOutletInput extends CreateOutletInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw' })
  expectedVersion?: number | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class OutletFilter {
  @Field(() => [OutletKindEnum], { nullable: true })
  kinds?: OutletKind[] | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the code or name' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeInactive?: boolean | null;
}
