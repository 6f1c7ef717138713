import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** A spare part: what it costs the enterprise and what an out-of-warranty customer pays. */
@Entity({ name: 'spare_parts' })
@Index('uq_spare_parts_org_part_no', ['orgId', 'partNo'], { unique: true })
export class SparePartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_spare_parts_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'part_no', type: 'varchar', length: 64 })
  partNo!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** Price charged to a customer out of warranty, in CNY. */
  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 })
  price!: string;

  /** What the part costs the enterprise, in CNY (costed even when free to the customer). */
  @Column({ name: 'unit_cost', type: 'numeric', precision: 12, scale: 2, default: 0 })
  unitCost!: string;
}
