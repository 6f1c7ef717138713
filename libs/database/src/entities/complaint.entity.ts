import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ComplaintChannel, ComplaintSeverity, ComplaintStatus } from '@stardesk/domain';
import { CustomerEntity } from './customer.entity';
import { OrganisationEntity } from './organisation.entity';
import { OutletEntity } from './outlet.entity';
import { ServiceRequestEntity } from './service-request.entity';

/**
 * 投诉. Like requests, the lifecycle timestamps and the level are denormalised from the events so
 * that lists, KPIs and the escalation job read one row; the events remain the history of record.
 */
@Entity({ name: 'complaints' })
@Index('uq_complaints_org_code', ['orgId', 'code'], { unique: true })
@Index('ix_complaints_org_received', ['orgId', 'receivedAt', 'id'])
@Index('ix_complaints_org_status', ['orgId', 'status'])
@Index('ix_complaints_org_request', ['orgId', 'requestId'])
// The KPI engine's complaint populations (received / closed in a period), for the organisation and for one outlet.
@Index('ix_complaints_org_closed', ['orgId', 'closedAt'])
@Index('ix_complaints_org_outlet_received', ['orgId', 'outletId', 'receivedAt'])
@Index('ix_complaints_org_outlet_closed', ['orgId', 'outletId', 'closedAt'])
// The escalation job looks for open complaints of every organisation.
@Index('ix_complaints_status_received', ['status', 'receivedAt'])
export class ComplaintEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_complaints_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  /** The service request complained about, if any (import: request_code). */
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_complaints_request' })
  request?: ServiceRequestEntity | null;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_complaints_customer' })
  customer?: CustomerEntity;

  /** The outlet handling the complaint; its targets apply. */
  @Column({ name: 'outlet_id', type: 'uuid', nullable: true })
  outletId!: string | null;

  @ManyToOne(() => OutletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outlet_id', foreignKeyConstraintName: 'fk_complaints_outlet' })
  outlet?: OutletEntity | null;

  /** Null for imported complaints: complaints.csv has no channel column. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  channel!: ComplaintChannel | null;

  @Column({ type: 'varchar', length: 8 })
  severity!: ComplaintSeverity;

  @Column({ type: 'varchar', length: 64, nullable: true })
  category!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: ComplaintStatus;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** 1 网点, 2 区域, 3 总部. */
  @Column({ name: 'escalation_level', type: 'smallint', default: 1 })
  escalationLevel!: number;

  /** Whether the acknowledgement deadline has raised the level (it does so at most once). */
  @Column({ name: 'ack_deadline_escalated', type: 'boolean', default: false })
  ackDeadlineEscalated!: boolean;

  /** Whether the resolution deadline has raised the level (it does so at most once). */
  @Column({ name: 'resolution_deadline_escalated', type: 'boolean', default: false })
  resolutionDeadlineEscalated!: boolean;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  /** The customer's answer on closure: accepted the resolution or not; null until closed. */
  @Column({ name: 'customer_accepted', type: 'boolean', nullable: true })
  customerAccepted!: boolean | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
