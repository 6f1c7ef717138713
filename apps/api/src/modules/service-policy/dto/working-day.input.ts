import { Field, InputType } from '@nestjs/graphql';
import type { CalendarDayKind, Weekday } from '@stardesk/domain';
import { CalendarDayKindEnum, WeekdayEnum } from '../../../core/graphql/domain-enums';

@InputType()
export class WorkingPeriodInput {
  @Field(() => String, { nullable: true, description: 'HH:MM' })
  start?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM (24:00 allowed)' })
  end?: string | null;
}

@InputType({ description: 'The working periods of one weekday; a weekday left out is not worked' })
export class WorkingDayInput {
  @Field(() => WeekdayEnum, { nullable: true })
  weekday?: Weekday | null;

  @Field(() => [WorkingPeriodInput], { nullable: true })
  periods?: WorkingPeriodInput[] | null;
}

@InputType()
export class CalendarDayInput {
  @Field(() => String, { nullable: true, description: 'Local date YYYY-MM-DD' })
  date?: string | null;

  @Field(() => CalendarDayKindEnum, { nullable: true })
  kind?: CalendarDayKind | null;

  @Field(() => String, { nullable: true, description: 'e.g. 国庆节, 国庆节调休上班' })
  name?: string | null;
}
