import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { KpiRollupDimension } from './kpi-daily-rollup.entity';
import { OrganisationEntity } from './organisation.entity';

/**
 * How many of one local day's (or month's) response (or resolution) times fall in each duration bucket
 * (kpi/kpi-duration-buckets.ts), per dimension and value as the daily rollups are: the first step of the
 * dashboard's exact percentiles. Summing days × buckets gives the bucket that holds the nearest rank and
 * the rank inside it; the value itself is then read from the facts of that one bucket (kpi-exact-percentiles.ts),
 * so the figure stays the exact percentile_disc of kpis.md while the cost no longer follows the period's facts.
 *
 * Population: RESPONSE — facts not cancelled and acknowledged, on the local day of reported_at;
 * RESOLUTION — facts not cancelled and resolved, on the local day of resolved_at. Kept by the same
 * statement triggers and rebuild as the rollups (kpi-rollups.ts), sharded the same way (writers add to
 * their connection's shard, a rebuild writes shard 0), so readers sum over shards. Rows may hold n = 0
 * after subtractions; they count nothing.
 */
@Entity({ name: 'kpi_duration_histograms' })
export class KpiDurationHistogramEntity {
  @PrimaryColumn({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_kpi_duration_histograms_org' })
  organisation?: OrganisationEntity;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  dimension!: KpiRollupDimension;

  /** The dimension's value as text; '' when the request has none (and for ALL). */
  @PrimaryColumn({ name: 'dim_value', type: 'varchar', length: 64 })
  dimValue!: string;

  /**
   * DAY: the counts of one local day; MONTH: of a whole calendar month (`day` its first day), kept beside
   * the days so that a long period reads months × buckets rows and only its partial months by day.
   */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  span!: 'DAY' | 'MONTH';

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  measure!: 'RESPONSE' | 'RESOLUTION';

  @PrimaryColumn({ type: 'smallint' })
  bucket!: number;

  @PrimaryColumn({ type: 'smallint', default: 0 })
  shard!: number;

  /** How many (integer: a day's or a month's count for one key; summed as bigint). */
  @Column({ type: 'integer', default: 0 })
  n!: number;
}
