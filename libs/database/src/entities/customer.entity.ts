import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** Holds personal information (PIPL): phone and address are masked for roles without the permission. */
@Entity({ name: 'customers' })
@Index('ix_customers_org_phone', ['orgId', 'phone'])
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_customers_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  phone!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
