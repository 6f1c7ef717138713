import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import type { Channel, Priority, ServiceType, VisitOutcome } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { ServiceRequestEntity } from './service-request.entity';

/**
 * One narrow row per service request with everything the request KPIs of kpis.md read, so that a
 * dashboard never joins visits, return visits or other repairs of the unit at query time.
 *
 * Why a fact table and not daily rollups: responseMinutes, resolutionHours and complaintHours need
 * exact nearest-rank percentiles (percentile_disc), which sums and counts cannot be merged into; and
 * every on-time flag depends on targets that an organisation may change later (and on the
 * evaluation time for responseOnTimeRate). So the table keeps the *facts* (instants, first visit,
 * first completed return visit after the latest closure, next repair of the same unit) and the
 * query compares them with the targets in force; rates, means and percentiles are then one indexed
 * range scan of this table.
 *
 * It is kept current inside the very transactions that write requests, visits, return visits and
 * product units, by statement-level triggers with transition tables (migration KpiRequestFacts,
 * SQL in kpi/kpi-fact-triggers.ts): every writer — the API services, the CSV imports, the demo
 * seed's bulk inserts — is covered without having to remember it, and a bulk insert refreshes its
 * requests in one set-based statement. A cancelled request keeps its row (flagged) because
 * complaints about it still take its dimensions.
 *
 * Daily rollups of the additive parts (kpi_daily_rollups, kpi/kpi-rollups.ts) are kept from this
 * table by its own statement triggers, with the targets recorded at their rebuild; the engine reads them
 * while those targets are in force and keeps the percentiles and the evaluation-time part of
 * responseOnTimeRate on this table.
 */
@Entity({ name: 'kpi_request_facts' })
// The reported/resolved indexes carry what the exact percentiles read (index-only scans, see kpi-rollups.ts).
@Index('ix_kpi_request_facts_org_reported', ['orgId', 'reportedAt', 'cancelled', 'acknowledgedAt'])
@Index('ix_kpi_request_facts_org_resolved', ['orgId', 'resolvedAt', 'cancelled', 'reportedAt'])
// The dashboard's one-outlet filter: the exact percentiles scan that outlet's period instead of the organisation's
// (1 M requests: 23 k facts instead of ~1 M; bench figures in docs/performance.md).
@Index('ix_kpi_request_facts_org_outlet_reported', ['orgId', 'outletId', 'reportedAt', 'cancelled', 'acknowledgedAt'])
@Index('ix_kpi_request_facts_org_outlet_resolved', ['orgId', 'outletId', 'resolvedAt', 'cancelled', 'reportedAt'])
// The few requests whose response-on-time status still depends on the evaluation time (read beside the rollups).
@Index('ix_kpi_request_facts_org_unacknowledged', ['orgId', 'reportedAt'], { where: 'acknowledged_at IS NULL AND NOT cancelled' })
@Index('ix_kpi_request_facts_org_closed', ['orgId', 'closedAt'])
// The exact step of the dashboard's percentiles: the facts of one duration bucket in a period (expression
// indexes on kpi_duration_bucket, created by the migration KpiDurationHistograms; SQL in kpi/kpi-histograms.ts).
@Index('ix_kpi_request_facts_outlet_response_bucket', { synchronize: false })
@Index('ix_kpi_request_facts_outlet_resolution_bucket', { synchronize: false })
@Index('ix_kpi_request_facts_response_bucket', { synchronize: false })
@Index('ix_kpi_request_facts_resolution_bucket', { synchronize: false })
@Index('ix_kpi_request_facts_org_serial', ['orgId', 'unitSerial', 'reportedAt'])
export class KpiRequestFactEntity {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  // Derived data: it goes with its request (the demo re-seed is the only thing that deletes requests).
  @OneToOne(() => ServiceRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_kpi_request_facts_request' })
  request?: ServiceRequestEntity;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_kpi_request_facts_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 20 })
  type!: ServiceType;

  @Column({ type: 'varchar', length: 16 })
  channel!: Channel;

  @Column({ type: 'varchar', length: 8 })
  priority!: Priority;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  /** Serial number of the product unit: "the same unit" of repeat repairs. */
  @Column({ name: 'unit_serial', type: 'varchar', length: 64, nullable: true })
  unitSerial!: string | null;

  @Column({ name: 'cancelled', type: 'boolean', default: false })
  cancelled!: boolean;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'reopen_count', type: 'integer', default: 0 })
  reopenCount!: number;

  @Column({ name: 'visit_count', type: 'integer', default: 0 })
  visitCount!: number;

  /** The first visit on site (earliest arrival, then smallest technician id). */
  @Column({ name: 'first_technician_id', type: 'uuid', nullable: true })
  firstTechnicianId!: string | null;

  @Column({ name: 'first_arrived_at', type: 'timestamptz', nullable: true })
  firstArrivedAt!: Date | null;

  @Column({ name: 'first_outcome', type: 'varchar', length: 20, nullable: true })
  firstOutcome!: VisitOutcome | null;

  /** The first return visit DONE at or after the latest closure; null when none (yet). */
  @Column({ name: 'return_visit_done_at', type: 'timestamptz', nullable: true })
  returnVisitDoneAt!: Date | null;

  /** For a resolved REPAIR: the earliest other live REPAIR of the same serial reported after resolvedAt. */
  @Column({ name: 'next_repair_reported_at', type: 'timestamptz', nullable: true })
  nextRepairReportedAt!: Date | null;

  // The request's latest rating (latest submission, ties to the greater id), for the rating rollups.
  @Column({ name: 'rating_id', type: 'uuid', nullable: true })
  ratingId!: string | null;

  @Column({ name: 'rated_at', type: 'timestamptz', nullable: true })
  ratedAt!: Date | null;

  @Column({ name: 'rating_overall', type: 'smallint', nullable: true })
  ratingOverall!: number | null;

  @Column({ name: 'rating_recommend', type: 'smallint', nullable: true })
  ratingRecommend!: number | null;

  /** The satisfaction index (0–1) of a multi-factor rating; null without factors. */
  @Column({ name: 'rating_csi', type: 'double precision', nullable: true })
  ratingCsi!: number | null;
}
