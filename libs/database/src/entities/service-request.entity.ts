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
import type { Channel, Priority, RequestStatus, ServiceType, WarrantyStatus } from '@stardesk/domain';
import { CustomerEntity } from './customer.entity';
import { OrganisationEntity } from './organisation.entity';
import { OutletEntity } from './outlet.entity';
import { ProductUnitEntity } from './product-unit.entity';
import { ProductEntity } from './product.entity';
import { StaffEntity } from './staff.entity';

/**
 * 工单. The lifecycle timestamps are denormalised from the events so that KPI queries and keyset
 * pagination read one row; the events remain the history of record.
 */
@Entity({ name: 'service_requests' })
@Index('uq_service_requests_org_code', ['orgId', 'code'], { unique: true })
@Index('ix_service_requests_org_reported', ['orgId', 'reportedAt', 'id'])
@Index('ix_service_requests_org_outlet_reported', ['orgId', 'outletId', 'reportedAt'])
@Index('ix_service_requests_org_status', ['orgId', 'status'])
@Index('ix_service_requests_org_technician', ['orgId', 'technicianId'])
// A unit's and a customer's requests: the foreign key checks when units or customers are deleted (purging an
// organisation: without them one sequential scan of every request per deleted row) and the KPI refresh when a
// serial number changes.
@Index('ix_service_requests_unit', ['unitId'], { where: '"unit_id" IS NOT NULL' })
@Index('ix_service_requests_customer', ['customerId'])
export class ServiceRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_service_requests_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 20 })
  type!: ServiceType;

  @Column({ type: 'varchar', length: 16 })
  channel!: Channel;

  @Column({ type: 'varchar', length: 8 })
  priority!: Priority;

  @Column({ type: 'varchar', length: 16 })
  status!: RequestStatus;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_service_requests_customer' })
  customer?: CustomerEntity;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_service_requests_product' })
  product?: ProductEntity;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => ProductUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_service_requests_unit' })
  unit?: ProductUnitEntity | null;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId!: string;

  @ManyToOne(() => OutletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outlet_id', foreignKeyConstraintName: 'fk_service_requests_outlet' })
  outlet?: OutletEntity;

  /** The technician the request is dispatched to (set by DISPATCH). */
  @Column({ name: 'technician_id', type: 'uuid', nullable: true })
  technicianId!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'technician_id', foreignKeyConstraintName: 'fk_service_requests_technician' })
  technician?: StaffEntity | null;

  @Column({ name: 'fault_description', type: 'text', nullable: true })
  faultDescription!: string | null;

  @Column({ name: 'warranty_status', type: 'varchar', length: 16 })
  warrantyStatus!: WarrantyStatus;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'reopen_count', type: 'integer', default: 0 })
  reopenCount!: number;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
