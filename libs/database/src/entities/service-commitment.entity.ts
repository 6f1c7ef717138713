import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { TargetKey } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';

/**
 * 服务承诺, one row per version: a change is a new version of the same code, never an edit, so the
 * promise behind any past target can still be read.
 */
@Entity({ name: 'service_commitments' })
@Index('uq_service_commitments_org_code_version', ['orgId', 'code', 'version'], { unique: true })
@Check('ck_service_commitments_target_positive', '"target_value" > 0')
@Check('ck_service_commitments_period', '"effective_to" IS NULL OR "effective_to" > "effective_from"')
export class ServiceCommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_service_commitments_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  /** 1 for the first version of a code, then 2, 3... */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'target_key', type: 'varchar', length: 40 })
  targetKey!: TargetKey;

  @Column({ name: 'target_value', type: 'integer' })
  targetValue!: number;

  @Column({ name: 'effective_from', type: 'timestamptz' })
  effectiveFrom!: Date;

  @Column({ name: 'effective_to', type: 'timestamptz', nullable: true })
  effectiveTo!: Date | null;

  /** Null while a draft; only approved versions set targets. */
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
