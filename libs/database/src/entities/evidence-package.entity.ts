import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EvidencePackageStatus } from '@stardesk/domain';
import { AssessmentEntity } from './assessment.entity';
import { OrganisationEntity } from './organisation.entity';
import { StaffEntity } from './staff.entity';

/**
 * 证据包: one build of the GB/T 27922 evidence package for a period, queued by a user (or run by the
 * CLI) and built by a background worker. Its file is offered only once READY; a build that stops
 * (crash, error) ends FAILED and its partial file is removed. The row is the record that personal
 * information was revealed (the audit trail keeps who asked).
 */
@Entity({ name: 'evidence_packages' })
@Index('ix_evidence_packages_org_created', ['orgId', 'createdAt'])
@Index('ix_evidence_packages_status', ['status', 'createdAt'])
export class EvidencePackageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_evidence_packages_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 16, default: 'QUEUED' })
  status!: EvidencePackageStatus;

  /** First local day of the period. */
  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  /** Last local day of the period, inclusive. */
  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_evidence_packages_assessment' })
  assessment?: AssessmentEntity | null;

  /** Customers' phones and addresses written whole (admins only). */
  @Column({ name: 'reveal_personal_information', type: 'boolean', default: false })
  revealPersonalInformation!: boolean;

  @Column({ type: 'varchar', length: 8, default: 'zh-CN' })
  language!: 'zh-CN' | 'en';

  @Column({ name: 'progress_done', type: 'integer', default: 0 })
  progressDone!: number;

  @Column({ name: 'progress_total', type: 'integer', default: 0 })
  progressTotal!: number;

  @Column({ type: 'varchar', length: 32, nullable: true })
  stage!: string | null;

  /** The download's name, e.g. ACME-evidence-2026-01-01-2026-06-30.zip. */
  @Column({ name: 'file_name', type: 'varchar', length: 255, nullable: true })
  fileName!: string | null;

  @Column({ name: 'size_bytes', type: 'bigint', nullable: true })
  sizeBytes!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ name: 'key_fingerprint', type: 'char', length: 64, nullable: true })
  keyFingerprint!: string | null;

  @Column({ name: 'error_code', type: 'varchar', length: 32, nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;

  /** API: built by the worker into the file store (downloadable); CLI: written by `stardesk export` to a file of its own. */
  @Column({ type: 'varchar', length: 8, default: 'API' })
  source!: 'API' | 'CLI';

  /** Who asked: a staff login, or `cli:<user>` for the command line. */
  @Column({ name: 'requested_by', type: 'varchar', length: 100 })
  requestedBy!: string;

  @Column({ name: 'requested_by_staff_id', type: 'uuid', nullable: true })
  requestedByStaffId!: string | null;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_staff_id', foreignKeyConstraintName: 'fk_evidence_packages_requested_by' })
  requestedByStaff?: StaffEntity | null;

  /** Refreshed by the worker while it builds; a RUNNING row whose heartbeat stopped was interrupted. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
