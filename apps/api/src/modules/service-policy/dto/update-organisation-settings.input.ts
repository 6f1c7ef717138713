import { Field, InputType, Int } from '@nestjs/graphql';
import type { TargetKey } from '@stardesk/domain';
import { TargetKeyEnum } from '../../../core/graphql/domain-enums';
import { TargetValuesInput } from '../target-values.model';
import { WorkingDayInput } from './working-day.input';

@InputType({ description: 'What to change; a field left out keeps its value' })
export class UpdateOrganisationSettingsInput {
  @Field(() => Int, { nullable: true, description: 'The settings version the caller saw' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Shanghai' })
  timeZone?: string | null;

  @Field(() => TargetValuesInput, { nullable: true, description: 'Targets to set; fields left out or null keep their value' })
  targets?: TargetValuesInput | null;

  @Field(() => [TargetKeyEnum], { nullable: true, description: 'Targets to clear, so they follow kpis.md again' })
  clearTargets?: TargetKey[] | null;

  @Field(() => Boolean, { nullable: true })
  workingCalendarEnabled?: boolean | null;

  @Field(() => [WorkingDayInput], { nullable: true, description: 'The whole week, replacing the current hours' })
  workingHours?: WorkingDayInput[] | null;
}
