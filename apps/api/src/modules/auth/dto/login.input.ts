import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class LoginInput {
  @Field(() => String, { nullable: true, description: 'Organisation code, e.g. DEMO' })
  organisation!: string | null;

  @Field(() => String, { nullable: true })
  login!: string | null;

  @Field(() => String, { nullable: true })
  password!: string | null;
}

@InputType()
export class SetUserPasswordInput {
  @Field(() => ID, { nullable: true, description: 'The staff member; an account is created if it has none' })
  staffId!: string | null;

  @Field(() => String, { nullable: true })
  password!: string | null;
}
