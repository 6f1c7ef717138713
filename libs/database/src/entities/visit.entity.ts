import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { VisitOutcome } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { ServiceRequestEntity } from './service-request.entity';
import { StaffEntity } from './staff.entity';

/** 上门记录: one trip of a technician to the customer for a request. */
@Entity({ name: 'visits' })
@Index('uq_visits_request_seq', ['orgId', 'requestId', 'seq'], { unique: true })
@Index('ix_visits_org_technician_arrived', ['orgId', 'technicianId', 'arrivedAt'])
export class VisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_visits_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_visits_request' })
  request?: ServiceRequestEntity;

  /** 1 for the first visit of the request, 2 for the second... (first-time fix counts them). */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'technician_id', type: 'uuid' })
  technicianId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'technician_id', foreignKeyConstraintName: 'fk_visits_technician' })
  technician?: StaffEntity;

  @Column({ name: 'arrived_at', type: 'timestamptz' })
  arrivedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'varchar', length: 20 })
  outcome!: VisitOutcome;

  @Column({ type: 'text', nullable: true })
  diagnosis!: string | null;

  @Column({ type: 'text', nullable: true })
  actions!: string | null;

  /** Customer confirmation on site: who signed and what they said. */
  @Column({ name: 'confirmed_by', type: 'varchar', length: 64, nullable: true })
  confirmedBy!: string | null;

  @Column({ name: 'customer_feedback', type: 'text', nullable: true })
  customerFeedback!: string | null;

  /** Written by an import of historical records (not entered in StarDesk). */
  @Column({ type: 'boolean', default: false })
  imported!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
