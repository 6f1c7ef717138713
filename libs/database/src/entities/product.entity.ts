import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

@Entity({ name: 'products' })
@Index('uq_products_org_model', ['orgId', 'model'], { unique: true })
export class ProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_products_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 64 })
  model!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 64 })
  category!: string;

  @Column({ name: 'warranty_months', type: 'integer', default: 12 })
  warrantyMonths!: number;

  /** Needs certified handling (batteries, refrigerants, chemicals). */
  @Column({ type: 'boolean', default: false })
  hazardous!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
