import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { TargetSettings, WeeklyHours } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';

/**
 * An organisation's own targets and working calendar. No row means the defaults: kpis.md's targets,
 * Monday to Friday 08:30–18:00, calendar off. The time zone stays on the organisation.
 */
@Entity({ name: 'organisation_settings' })
export class OrganisationSettingsEntity {
  @PrimaryColumn({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @OneToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_organisation_settings_org' })
  organisation?: OrganisationEntity;

  /** Only the keys the organisation set (TargetKey → number); the others follow kpis.md. */
  @Column({ type: 'jsonb' })
  targets!: TargetSettings;

  /** When on, deadlines count working time only (kpis.md: off by default). */
  @Column({ name: 'working_calendar_enabled', type: 'boolean', default: false })
  workingCalendarEnabled!: boolean;

  /** Working periods per weekday; null: Monday to Friday 08:30–18:00. */
  @Column({ name: 'working_hours', type: 'jsonb', nullable: true })
  workingHours!: WeeklyHours | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
