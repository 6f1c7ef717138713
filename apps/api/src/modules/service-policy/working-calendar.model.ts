import { Field, ObjectType } from '@nestjs/graphql';
import type { CalendarDayKind, Weekday } from '@stardesk/domain';
import { CalendarDayKindEnum, WeekdayEnum } from '../../core/graphql/domain-enums';

@ObjectType()
export class WorkingPeriod {
  @Field({ description: 'HH:MM, local time of the organisation' })
  start!: string;

  @Field({ description: 'HH:MM (exclusive; 24:00 allowed)' })
  end!: string;
}

@ObjectType()
export class WorkingDay {
  @Field(() => WeekdayEnum)
  weekday!: Weekday;

  @Field(() => [WorkingPeriod], { description: 'Empty: not worked' })
  periods!: WorkingPeriod[];
}

@ObjectType()
export class CalendarDay {
  @Field({ description: 'Local date YYYY-MM-DD' })
  date!: string;

  @Field(() => CalendarDayKindEnum)
  kind!: CalendarDayKind;

  @Field()
  name!: string;
}
