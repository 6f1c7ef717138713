import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A person referenced by a record (the technician of a request, the actor of an event). */
@ObjectType()
export class StaffSummary {
  @Field(() => ID)
  id!: string;

  @Field()
  login!: string;

  @Field()
  name!: string;
}
