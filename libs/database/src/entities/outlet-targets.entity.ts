import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { TargetSettings } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { OutletEntity } from './outlet.entity';

/** Targets one outlet sets differently from its organisation (kpis.md: overridable per outlet). */
@Entity({ name: 'outlet_targets' })
export class OutletTargetsEntity {
  @PrimaryColumn({ name: 'outlet_id', type: 'uuid' })
  outletId!: string;

  @OneToOne(() => OutletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outlet_id', foreignKeyConstraintName: 'fk_outlet_targets_outlet' })
  outlet?: OutletEntity;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_outlet_targets_org' })
  organisation?: OrganisationEntity;

  /** Only the overridden keys (TargetKey → number). */
  @Column({ type: 'jsonb' })
  targets!: TargetSettings;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
