import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { IndicatorCatalog } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';

/**
 * One version of an organisation's GB/T 27922 indicator catalogue (points, criteria, thresholds).
 * Versions are immutable: an admin's change makes the next version, and an assessment keeps the
 * version it was made with. Version 1 is the default catalogue.
 */
@Entity({ name: 'indicator_catalog_versions' })
@Index('uq_indicator_catalog_versions_org_no', ['orgId', 'versionNo'], { unique: true })
export class IndicatorCatalogVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_indicator_catalog_versions_org' })
  organisation?: OrganisationEntity;

  /** 1, 2, 3… per organisation. */
  @Column({ name: 'version_no', type: 'integer' })
  versionNo!: number;

  /** The whole catalogue as validated (validateIndicatorCatalog); its `version` is the label. */
  @Column({ type: 'jsonb' })
  catalog!: IndicatorCatalog;

  /** Why this version was made, e.g. the certification body's checklist it follows. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
