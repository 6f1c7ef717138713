import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { WarrantyDecisionKind, WarrantyStatus } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { ServiceRequestEntity } from './service-request.entity';
import { StaffEntity } from './staff.entity';

/**
 * 三包 decision on a request. A request has one current decision; a new one supersedes it, and the
 * superseded row stays (superseded_at set, the new row pointing back to it), so the history is kept.
 */
@Entity({ name: 'warranty_decisions' })
@Index('uq_warranty_decisions_request_current', ['orgId', 'requestId'], { unique: true, where: '"superseded_at" IS NULL' })
@Index('ix_warranty_decisions_org_request', ['orgId', 'requestId', 'decidedAt'])
@Index('ix_warranty_decisions_org_decided', ['orgId', 'decidedAt', 'id'])
@Check('ck_warranty_decisions_refund', `("decision" = 'REFUND') = ("refund_amount" IS NOT NULL) AND ("refund_amount" IS NULL OR "refund_amount" > 0)`)
export class WarrantyDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_warranty_decisions_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_warranty_decisions_request' })
  request?: ServiceRequestEntity;

  @Column({ type: 'varchar', length: 8 })
  decision!: WarrantyDecisionKind;

  @Column({ type: 'text' })
  reason!: string;

  /** The coverage decided: 保内 or 保外. */
  @Column({ name: 'in_warranty', type: 'boolean' })
  inWarranty!: boolean;

  /** The request's warranty status at the time, derived from its unit. */
  @Column({ name: 'derived_warranty_status', type: 'varchar', length: 16 })
  derivedWarrantyStatus!: WarrantyStatus;

  @Column({ name: 'warranty_overridden', type: 'boolean', default: false })
  warrantyOverridden!: boolean;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason!: string | null;

  /** CNY returned to the customer; REFUND only. */
  @Column({ name: 'refund_amount', type: 'numeric', precision: 12, scale: 2, nullable: true })
  refundAmount!: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid' })
  decidedById!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'fk_warranty_decisions_decided_by' })
  decidedBy?: StaffEntity;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  /** The decision this one replaced. */
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @ManyToOne(() => WarrantyDecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'fk_warranty_decisions_supersedes' })
  supersedes?: WarrantyDecisionEntity | null;

  /** When a newer decision replaced this one; null for the current decision. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
