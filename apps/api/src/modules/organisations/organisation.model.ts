import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Organisation {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  timeZone!: string;
}
