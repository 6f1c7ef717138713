import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { StaffEntity } from './staff.entity';

/** 更正记录: a change to a recorded fact, keeping the original value, who changed it, when and why. */
@Entity({ name: 'amendments' })
@Index('ix_amendments_record', ['orgId', 'recordType', 'recordId', 'amendedAt'])
export class AmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_amendments_org' })
  organisation?: OrganisationEntity;

  /** Which kind of record, e.g. SERVICE_REQUEST. */
  @Column({ name: 'record_type', type: 'varchar', length: 32 })
  recordType!: string;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  /** [{ field, before, after }] */
  @Column({ type: 'jsonb' })
  changes!: { field: string; before: string | null; after: string | null }[];

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'amended_at', type: 'timestamptz' })
  amendedAt!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_amendments_actor' })
  actor?: StaffEntity | null;
}
