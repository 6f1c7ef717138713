import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change of one business row, written by the database triggers of the audit migration (never by
 * application code) with a keyed MAC of its content (`row_mac`), and linked shortly after commit by
 * the sealer into its organisation's hash chain (`chain_seq`, `hash`).
 * No foreign key to organisations on purpose: the trail must outlive whatever it describes.
 * The design is described in libs/database/src/audit/audit-trail.ts.
 */
@Entity({ name: 'audit_log' })
@Index('uq_audit_log_org_seq', ['orgId', 'chainSeq'], { unique: true })
@Index('ix_audit_log_unsealed', ['orgId', 'id'], { where: 'chain_seq IS NULL' })
@Index('ix_audit_log_entity', ['orgId', 'entity', 'entityId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  /** Position in the organisation's chain, given by the sealer; null until sealed. */
  @Column({ name: 'chain_seq', type: 'bigint', nullable: true })
  chainSeq!: string | null;

  /** Writing transaction (pg_current_xact_id): the sealer takes only entries of finished transactions. */
  @Column({ name: 'tx_id', type: 'bigint' })
  txId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;

  /** Signed-in user id, or `cli:<os user>`, or null when nobody was named (e.g. before sign-in existed). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  actor!: string | null;

  /** GraphQL operation/mutation name or CLI command. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  operation!: string | null;

  /** Table name of the changed row. */
  @Column({ type: 'varchar', length: 63 })
  entity!: string;

  /** Primary key of the changed row (columns joined with ':' for composite keys). */
  @Column({ name: 'entity_id', type: 'varchar', length: 200 })
  entityId!: string;

  @Column({ type: 'varchar', length: 6 })
  action!: 'INSERT' | 'UPDATE' | 'DELETE';

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  /** HMAC-SHA256 (deployment key) of this entry's content (stardesk_audit_text), written with the row. */
  @Column({ name: 'row_mac', type: 'char', length: 64 })
  rowMac!: string;

  /** HMAC-SHA256 (deployment key) over the previous entry's hash, chain_seq and row_mac; null until sealed. */
  @Column({ type: 'char', length: 64, nullable: true })
  hash!: string | null;
}
