import { Field, ID, InputType } from '@nestjs/graphql';

/** Fields are nullable so that a missing one is reported field by field. */
@InputType()
export class StartEvidencePackageInput {
  @Field(() => String, { nullable: true, description: 'First local day (YYYY-MM-DD)' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last local day, inclusive (YYYY-MM-DD); at most 366 days' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Default: the latest signed-off assessment of exactly this period, else a live evaluation' })
  assessmentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Admins only: customers’ phones and addresses whole' })
  revealPersonalInformation?: boolean | null;
}
