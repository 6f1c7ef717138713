import { Field, InputType } from '@nestjs/graphql';
import { KpiFiltersInput } from './kpi-filters.input';

/** A period `[from, to)` of local dates in the organisation's time zone; nullable so that errors name each field. */
@InputType({ isAbstract: true })
export class KpiPeriodInput {
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD (local)' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Day after the last day, YYYY-MM-DD (local): the period is [from, to)' })
  to?: string | null;

  @Field(() => KpiFiltersInput, { nullable: true })
  filters?: KpiFiltersInput | null;
}

@InputType()
export class KpiDashboardInput extends KpiPeriodInput {
  @Field(() => Boolean, { nullable: true, description: 'Also compute the period of the same length just before' })
  compareToPrevious?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Trend bucket: day, week or month (default: day up to 62 days, week up to 366, else month)' })
  trendBy?: string | null;
}

@InputType()
export class KpiBreakdownInput extends KpiPeriodInput {
  @Field(() => String, { nullable: true, description: 'day, week, month, region, outlet, productCategory, productModel, technician, channel or priority' })
  dimension?: string | null;
}

@InputType()
export class KpiRecordsInput extends KpiPeriodInput {
  @Field(() => String, { nullable: true, description: 'The KPI key of kpis.md' })
  kpi?: string | null;

  @Field(() => String, { nullable: true, description: 'With dimensionValue: the breakdown row the figure came from' })
  dimension?: string | null;

  @Field(() => String, { nullable: true, description: 'The key of that row; leave out (null) for the row of records without a value' })
  dimensionValue?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the records that pull the figure the wrong way' })
  onlyFailing?: boolean | null;
}
