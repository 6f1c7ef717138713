import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { StaffEntity } from './staff.entity';

/**
 * The sign-in of one staff member: the staff row keeps login, role, outlets and active (one source of
 * truth for who may do what); this row keeps only the credential and the lockout state.
 */
@Entity({ name: 'user_accounts' })
@Index('uq_user_accounts_staff', ['staffId'], { unique: true })
export class UserAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_user_accounts_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @OneToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_user_accounts_staff' })
  staff?: StaffEntity;

  /** argon2id PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$hash). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  /** Failed sign-ins since the last successful one (reset on success or when a lockout ends). */
  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz' })
  passwordChangedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
