import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/**
 * The answer to a create mutation sent with an `Idempotency-Key` header, kept per organisation so a
 * client that re-sends after a timeout gets the same answer instead of a second record.
 */
@Entity({ name: 'idempotency_keys' })
@Index('uq_idempotency_keys_org_key', ['orgId', 'key'], { unique: true })
@Index('ix_idempotency_keys_created', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_idempotency_keys_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 200 })
  key!: string;

  /** GraphQL operation field, e.g. createServiceRequest. */
  @Column({ type: 'varchar', length: 100 })
  operation!: string;

  /** SHA-256 of the operation's variables, so the same key with another payload is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  /** The mutation's result as sent (JSON), null while the first attempt is still running. */
  @Column({ type: 'jsonb', nullable: true })
  response!: unknown;

  /**
   * Set inside the mutation's own transaction just before it commits (AuditContextSubscriber), so a
   * key whose answer was lost (database gone after the commit) is known to have been written.
   */
  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true })
  committedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
