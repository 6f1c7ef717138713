import { Field, InputType, Int } from '@nestjs/graphql';
import { CalendarDayInput } from './working-day.input';

@InputType({ description: 'Replaces the holidays and make-up working days of one year' })
export class SetCalendarDaysInput {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => [CalendarDayInput], { nullable: true })
  days?: CalendarDayInput[] | null;

  @Field(() => Int, { nullable: true, description: 'The settings version the caller saw' })
  expectedVersion?: number | null;
}
