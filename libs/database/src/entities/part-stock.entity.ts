import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { OutletEntity } from './outlet.entity';
import { SparePartEntity } from './spare-part.entity';

/** Usable stock of one part at one outlet; the CHECK makes negative stock impossible, even under races. */
@Entity({ name: 'part_stock' })
@Check('ck_part_stock_not_negative', '"quantity" >= 0')
export class PartStockEntity {
  @PrimaryColumn({ name: 'outlet_id', type: 'uuid' })
  outletId!: string;

  @PrimaryColumn({ name: 'part_id', type: 'uuid' })
  partId!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_part_stock_org' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => OutletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outlet_id', foreignKeyConstraintName: 'fk_part_stock_outlet' })
  outlet?: OutletEntity;

  @ManyToOne(() => SparePartEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'part_id', foreignKeyConstraintName: 'fk_part_stock_part' })
  part?: SparePartEntity;

  @Column({ type: 'integer', default: 0 })
  quantity!: number;
}
