import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TargetValues } from './target-values.model';
import { WorkingDay } from './working-calendar.model';

@ObjectType()
export class OutletTargets {
  @Field(() => ID)
  outletId!: string;

  @Field()
  outletCode!: string;

  @Field(() => TargetValues, { description: 'The outlet’s overrides; null fields follow the organisation' })
  targets!: TargetValues;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'Time zone, targets and working calendar of the organisation' })
export class OrganisationSettings {
  @Field()
  timeZone!: string;

  @Field(() => TargetValues, { description: 'Targets the organisation set; null fields follow kpis.md (see targetsInForce)' })
  targets!: TargetValues;

  @Field({ description: 'When on, deadlines count working time only (off by default, kpis.md)' })
  workingCalendarEnabled!: boolean;

  @Field(() => [WorkingDay], { description: 'Monday first; a day without periods is not worked' })
  workingHours!: WorkingDay[];

  @Field(() => [OutletTargets])
  outletTargets!: OutletTargets[];

  @Field(() => Int, { description: 'Optimistic-locking version of the settings (calendar days included)' })
  version!: number;
}
