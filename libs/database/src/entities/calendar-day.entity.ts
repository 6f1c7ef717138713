import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CalendarDayKind } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';

/** A public holiday or a make-up working day (调休) of an organisation's working calendar. */
@Entity({ name: 'calendar_days' })
@Index('uq_calendar_days_org_date', ['orgId', 'date'], { unique: true })
export class CalendarDayEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_calendar_days_org' })
  organisation?: OrganisationEntity;

  /** Local date in the organisation's time zone. */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: CalendarDayKind;

  @Column({ type: 'varchar', length: 64 })
  name!: string;
}
