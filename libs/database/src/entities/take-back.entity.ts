import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DisposalMethod } from '@stardesk/domain';
import { CustomerEntity } from './customer.entity';
import { OrganisationEntity } from './organisation.entity';
import { OutletEntity } from './outlet.entity';
import { ProductEntity } from './product.entity';
import { ServiceRequestEntity } from './service-request.entity';

/** 废弃商品回收: waste products collected by an outlet and where they went (GB/T 27922 GOODS.RECYC). */
@Entity({ name: 'take_backs' })
@Index('ix_take_backs_org_collected', ['orgId', 'collectedAt', 'id'])
@Index('ix_take_backs_org_outlet_collected', ['orgId', 'outletId', 'collectedAt'])
@Check('ck_take_backs_quantity', '"quantity" > 0')
export class TakeBackEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_take_backs_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId!: string;

  @ManyToOne(() => OutletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outlet_id', foreignKeyConstraintName: 'fk_take_backs_outlet' })
  outlet?: OutletEntity;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_take_backs_product' })
  product?: ProductEntity;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'disposal_method', type: 'varchar', length: 24 })
  disposalMethod!: DisposalMethod;

  /** The company that took the goods over. */
  @Column({ type: 'varchar', length: 100 })
  disposer!: string;

  /** 处置证明编号; required for a certified disposer. */
  @Column({ name: 'certificate_no', type: 'varchar', length: 64, nullable: true })
  certificateNo!: string | null;

  @Column({ name: 'collected_at', type: 'timestamptz' })
  collectedAt!: Date;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId!: string | null;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_take_backs_customer' })
  customer?: CustomerEntity | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_take_backs_request' })
  request?: ServiceRequestEntity | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
