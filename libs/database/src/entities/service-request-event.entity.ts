import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { RequestStatus } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { ServiceRequestEntity } from './service-request.entity';
import { StaffEntity } from './staff.entity';

/** One lifecycle transition: who moved the request from which status to which, when, and why. */
@Entity({ name: 'service_request_events' })
@Index('ix_service_request_events_request', ['orgId', 'requestId', 'at'])
export class ServiceRequestEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_service_request_events_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_service_request_events_request' })
  request?: ServiceRequestEntity;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: RequestStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: RequestStatus;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_service_request_events_actor' })
  actor?: StaffEntity | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Synthesised by an import from the timestamps of a historical record (the actor is then null). */
  @Column({ type: 'boolean', default: false })
  imported!: boolean;
}
