import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CertificateType } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { StaffEntity } from './staff.entity';

/** A certificate held by a staff member (持证上岗), valid on inclusive local dates. */
@Entity({ name: 'qualifications' })
@Index('uq_qualifications_org_type_no', ['orgId', 'certificateType', 'certificateNo'], { unique: true })
@Index('ix_qualifications_org_staff', ['orgId', 'staffId'])
@Index('ix_qualifications_org_valid_until', ['orgId', 'validUntil'])
@Check('ck_qualifications_validity', '"valid_until" IS NULL OR "valid_until" >= "valid_from"')
export class QualificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_qualifications_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_qualifications_staff' })
  staff?: StaffEntity;

  @Column({ name: 'certificate_type', type: 'varchar', length: 20 })
  certificateType!: CertificateType;

  @Column({ name: 'certificate_no', type: 'varchar', length: 64 })
  certificateNo!: string;

  @Column({ type: 'varchar', length: 100 })
  issuer!: string;

  /** The certificate's own name; always given for OTHER. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  title!: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  /** Last valid day; null for a certificate that does not expire. */
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
