import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { UserAccountEntity } from './user-account.entity';

/**
 * One sign-in (a refresh-token family). Access tokens name it; revoking it (sign-out, replay of a used
 * refresh token, admin) ends the session at once, access tokens included.
 */
@Entity({ name: 'auth_sessions' })
@Index('ix_auth_sessions_account', ['accountId'])
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_auth_sessions_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_auth_sessions_account' })
  account?: UserAccountEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The session cannot be refreshed after this, however often it was rotated. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** LOGOUT, REPLAY, ADMIN. */
  @Column({ name: 'revoked_reason', type: 'varchar', length: 16, nullable: true })
  revokedReason!: string | null;
}
