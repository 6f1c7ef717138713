import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { ControlledDocumentEntity } from './controlled-document.entity';
import { OrganisationEntity } from './organisation.entity';

/** 管理评审: day, chair and attendees, inputs, decisions and outputs, report document. */
@Entity({ name: 'management_reviews' })
@Index('ix_management_reviews_org_date', ['orgId', 'reviewDate', 'id'])
export class ManagementReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_management_reviews_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'review_date', type: 'date' })
  reviewDate!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  chair!: string | null;

  @Column({ type: 'varchar', length: 64, array: true })
  attendees!: string[];

  @Column({ type: 'text' })
  inputs!: string;

  @Column({ type: 'text', nullable: true })
  decisions!: string | null;

  @Column({ name: 'report_document_id', type: 'uuid', nullable: true })
  reportDocumentId!: string | null;

  @ManyToOne(() => ControlledDocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_document_id', foreignKeyConstraintName: 'fk_management_reviews_report' })
  reportDocument?: ControlledDocumentEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
