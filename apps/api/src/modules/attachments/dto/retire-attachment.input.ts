import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Hide a file attached by mistake; it is kept, with who, when and why' })
export class RetireAttachmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member retiring it' })
  retiredBy?: string | null;
}
