import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { KpiDimension, KpiDirection, KpiKey, KpiUnit } from '@stardesk/domain';
import { KpiDimensionEnum, KpiKeyEnum } from '../../core/graphql/domain-enums';
import { Connection } from '../../core/pagination/connection.model';

@ObjectType({ description: 'A duration KPI: arithmetic mean and nearest-rank percentiles; null when n = 0' })
export class KpiDuration {
  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => Float, { nullable: true })
  p50!: number | null;

  @Field(() => Float, { nullable: true })
  p90!: number | null;

  @Field(() => Int)
  n!: number;
}

@ObjectType({ description: 'One KPI of kpis.md over a period (or a breakdown row)' })
export class KpiValue {
  @Field(() => KpiKeyEnum)
  key!: KpiKey;

  @Field(() => Float, {
    nullable: true,
    description: 'The figure: a count, a rate in [0, 1], a score; for a duration KPI its mean. Null when the population is empty ("—")',
  })
  value!: number | null;

  @Field(() => KpiDuration, { nullable: true, description: 'Mean, p50, p90 and n of a duration KPI; null for the others' })
  duration!: KpiDuration | null;

  @Field(() => Int, { description: 'Size of the population the figure is computed over (rows of a breakdown add up to it)' })
  population!: number;
}

@ObjectType({ description: 'A dashboard card: the figure, the previous period’s, and the target where one exists' })
export class KpiCard extends KpiValue {
  @Field()
  nameZh!: string;

  @Field()
  nameEn!: string;

  @Field(() => String, { description: 'count, rate, minutes, hours, score or perThousand' })
  unit!: KpiUnit;

  @Field(() => String, { description: 'higher, lower or neutral: which way is better' })
  direction!: KpiDirection;

  @Field(() => KpiValue, { nullable: true, description: 'The same KPI over the period just before, of the same length (compareToPrevious)' })
  previous!: KpiValue | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The organisation’s target for a duration KPI, in its unit (response: NORMAL priority; complaints: NORMAL severity); null for other KPIs',
  })
  target!: number | null;
}

@ObjectType()
export class KpiBreakdownRow {
  @Field(() => String, { nullable: true, description: 'Bucket label (2026-01-05, 2026-W02, 2026-01) or dimension value (an id, a category, an enum value); null: records without one' })
  key!: string | null;

  @Field(() => String, { nullable: true, description: 'Readable name of the key: outlet, region or technician name, product category or model' })
  label!: string | null;

  @Field(() => String, { nullable: true, description: 'First day of a calendar bucket (clipped to the period)' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'Day after the last day of a calendar bucket' })
  to!: string | null;

  @Field(() => [KpiValue])
  values!: KpiValue[];
}

@ObjectType({ description: 'Every KPI cut by one dimension; the rows’ populations add up to the total’s' })
export class KpiBreakdown {
  @Field(() => KpiDimensionEnum)
  dimension!: KpiDimension;

  @Field(() => [KpiValue])
  total!: KpiValue[];

  @Field(() => [KpiBreakdownRow])
  rows!: KpiBreakdownRow[];
}

@ObjectType()
export class KpiDashboard {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => String, { nullable: true })
  previousFrom!: string | null;

  @Field(() => String, { nullable: true })
  previousTo!: string | null;

  @Field(() => [KpiCard])
  cards!: KpiCard[];

  @Field(() => KpiBreakdown, { description: 'The trend: every KPI per day, ISO week or month of the period' })
  trend!: KpiBreakdown;
}

@ObjectType({ description: 'A record behind a KPI figure, with why it is counted' })
export class KpiRecord {
  @Field(() => String, { description: 'REQUEST, COMPLAINT, RATING, INVITATION or STAFF' })
  kind!: string;

  @Field()
  id!: string;

  @Field(() => String, { nullable: true, description: 'Request or complaint code; the name of a staff member' })
  code!: string | null;

  @Field(() => Date, { description: 'The instant that puts the record in the period (reported, resolved, closed, submitted, sent, received)' })
  at!: Date;

  @Field(() => Float, { nullable: true, description: 'The record’s measure in the KPI’s unit (a duration, a score, training hours)' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'The target it is held to, in the same unit' })
  target!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'For a rate: whether the record is in the numerator (on time, fixed first time...)' })
  counts!: boolean | null;

  @Field({ description: 'Whether the record pulls the figure the wrong way (late, not fixed, detractor...)' })
  failing!: boolean;
}

@ObjectType()
export class KpiRecordConnection extends Connection(KpiRecord) {}
