import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The end of each organisation's audit chain. Only the sealer locks it, so requests never wait on it.
 */
@Entity({ name: 'audit_chain_heads' })
export class AuditChainHeadEntity {
  @PrimaryColumn({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @Column({ name: 'last_seq', type: 'bigint', default: 0 })
  lastSeq!: string;

  /** Hash of the entry at last_seq; 64 zeros for an empty chain. */
  @Column({ name: 'last_hash', type: 'char', length: 64 })
  lastHash!: string;
}
