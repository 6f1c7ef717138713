import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { StockMovementKind } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { OutletEntity } from './outlet.entity';
import { SparePartEntity } from './spare-part.entity';
import { VisitEntity } from './visit.entity';

/** Every change of spare-part stock, with its cost and what the customer was charged. */
@Entity({ name: 'stock_movements' })
@Index('ix_stock_movements_org_part_at', ['orgId', 'partId', 'at'])
@Index('ix_stock_movements_visit', ['orgId', 'visitId'])
export class StockMovementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_stock_movements_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId!: string;

  @ManyToOne(() => OutletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outlet_id', foreignKeyConstraintName: 'fk_stock_movements_outlet' })
  outlet?: OutletEntity;

  @Column({ name: 'part_id', type: 'uuid' })
  partId!: string;

  @ManyToOne(() => SparePartEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'part_id', foreignKeyConstraintName: 'fk_stock_movements_part' })
  part?: SparePartEntity;

  @Column({ name: 'visit_id', type: 'uuid', nullable: true })
  visitId!: string | null;

  @ManyToOne(() => VisitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'fk_stock_movements_visit' })
  visit?: VisitEntity | null;

  @Column({ type: 'varchar', length: 16 })
  kind!: StockMovementKind;

  /** Parts moved (always positive); the effect on usable stock follows from the kind. */
  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'unit_cost', type: 'numeric', precision: 12, scale: 2 })
  unitCost!: string;

  /** What the customer paid for these parts (0 under warranty). */
  @Column({ name: 'charged_amount', type: 'numeric', precision: 12, scale: 2, default: 0 })
  chargedAmount!: string;

  @Column({ name: 'faulty_serial', type: 'varchar', length: 64, nullable: true })
  faultySerial!: string | null;

  @Column({ name: 'replacement_serial', type: 'varchar', length: 64, nullable: true })
  replacementSerial!: string | null;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
