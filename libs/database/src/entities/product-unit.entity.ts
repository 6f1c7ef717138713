import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CustomerEntity } from './customer.entity';
import { OrganisationEntity } from './organisation.entity';
import { ProductEntity } from './product.entity';

/** One physical unit, known by its serial number; its warranty end decides 保内 / 保外. */
@Entity({ name: 'product_units' })
@Index('uq_product_units_org_serial', ['orgId', 'serialNo'], { unique: true })
// The foreign key check when customers are deleted (purging an organisation).
@Index('ix_product_units_customer', ['customerId'], { where: '"customer_id" IS NOT NULL' })
export class ProductUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_product_units_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_product_units_product' })
  product?: ProductEntity;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId!: string | null;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_product_units_customer' })
  customer?: CustomerEntity | null;

  @Column({ name: 'serial_no', type: 'varchar', length: 64 })
  serialNo!: string;

  @Column({ name: 'purchase_date', type: 'date', nullable: true })
  purchaseDate!: string | null;

  @Column({ name: 'warranty_end', type: 'date', nullable: true })
  warrantyEnd!: string | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
