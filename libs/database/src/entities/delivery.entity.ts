import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { ArrivalCondition, DeliveryKind, DeliveryStatus } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { ProductUnitEntity } from './product-unit.entity';
import { ServiceRequestEntity } from './service-request.entity';
import { StaffEntity } from './staff.entity';

/**
 * 配送 / 安装 of a DELIVERY or INSTALLATION request: the window promised to the customer, then the
 * hand-over (done time, condition on arrival, who signed). A request may have several (a second
 * shipment, a second trip); a done delivery does not change.
 */
@Entity({ name: 'deliveries' })
@Index('ix_deliveries_org_scheduled', ['orgId', 'scheduledFrom', 'id'])
@Index('ix_deliveries_org_request', ['orgId', 'requestId'])
@Index('ix_deliveries_org_staff_scheduled', ['orgId', 'staffId', 'scheduledFrom'])
@Check('ck_deliveries_window', '"scheduled_to" >= "scheduled_from"')
@Check('ck_deliveries_done', `("status" = 'DONE') = ("done_at" IS NOT NULL AND "condition" IS NOT NULL AND "signer_name" IS NOT NULL)`)
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_deliveries_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_deliveries_request' })
  request?: ServiceRequestEntity;

  /** DELIVERY or INSTALLATION: the request's type when it was scheduled. */
  @Column({ type: 'varchar', length: 16 })
  kind!: DeliveryKind;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => ProductUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_deliveries_unit' })
  unit?: ProductUnitEntity | null;

  @Column({ type: 'varchar', length: 16 })
  status!: DeliveryStatus;

  @Column({ name: 'scheduled_from', type: 'timestamptz' })
  scheduledFrom!: Date;

  @Column({ name: 'scheduled_to', type: 'timestamptz' })
  scheduledTo!: Date;

  /** The technician or driver: who is to go, then who went. */
  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_deliveries_staff' })
  staff?: StaffEntity | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  condition!: ArrivalCondition | null;

  /** 签收人. */
  @Column({ name: 'signer_name', type: 'varchar', length: 64, nullable: true })
  signerName!: string | null;

  /** What was found on arrival; required unless the goods were intact. */
  @Column({ name: 'completion_note', type: 'text', nullable: true })
  completionNote!: string | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
