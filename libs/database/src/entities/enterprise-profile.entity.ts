import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** 企业基本信息: one per organisation, what an audit opens with (licence, credit code, representative, size). */
@Entity({ name: 'enterprise_profiles' })
@Index('uq_enterprise_profiles_org', ['orgId'], { unique: true })
export class EnterpriseProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_enterprise_profiles_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'legal_name', type: 'varchar', length: 200 })
  legalName!: string;

  @Column({ name: 'licence_number', type: 'varchar', length: 64, nullable: true })
  licenceNumber!: string | null;

  @Column({ name: 'credit_code', type: 'char', length: 18, nullable: true })
  creditCode!: string | null;

  @Column({ name: 'legal_representative', type: 'varchar', length: 64 })
  legalRepresentative!: string;

  @Column({ name: 'authorised_contact', type: 'varchar', length: 64, nullable: true })
  authorisedContact!: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 32, nullable: true })
  contactPhone!: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Column({ name: 'founded_on', type: 'date', nullable: true })
  foundedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  history!: string | null;

  @Column({ name: 'products_and_scope', type: 'text', nullable: true })
  productsAndScope!: string | null;

  @Column({ name: 'staff_count', type: 'integer', nullable: true })
  staffCount!: number | null;

  @Column({ name: 'outlet_count', type: 'integer', nullable: true })
  outletCount!: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
