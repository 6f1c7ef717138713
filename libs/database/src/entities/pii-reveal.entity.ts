import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CustomerEntity } from './customer.entity';
import { OrganisationEntity } from './organisation.entity';
import { StaffEntity } from './staff.entity';

/** PIPL: who saw a customer's unmasked phone or address, when, and why. Append-only. */
@Entity({ name: 'pii_reveals' })
@Index('ix_pii_reveals_org_revealed', ['orgId', 'revealedAt'])
export class PiiRevealEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_pii_reveals_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_pii_reveals_staff' })
  staff?: StaffEntity;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_pii_reveals_customer' })
  customer?: CustomerEntity;

  /** The fields shown, comma-separated (phone,address). */
  @Column({ type: 'varchar', length: 64 })
  fields!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'revealed_at', type: 'timestamptz' })
  revealedAt!: Date;
}
