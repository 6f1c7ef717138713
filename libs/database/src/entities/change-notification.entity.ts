import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { ChangeNotificationKind } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';

/** 变更通报: an event or change the certification body must be told of, and when it was told. */
@Entity({ name: 'change_notifications' })
@Index('ix_change_notifications_org_occurred', ['orgId', 'occurredOn', 'id'])
@Check('ck_change_notifications_notified', '"notified_on" IS NULL OR "notified_on" >= "occurred_on"')
export class ChangeNotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_change_notifications_org' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 32 })
  kind!: ChangeNotificationKind;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  /** The last day to notify, fixed when recorded (NOTIFICATION_DEADLINE_DAYS of its kind). */
  @Column({ name: 'deadline', type: 'date' })
  deadline!: string;

  @Column({ name: 'certification_body', type: 'varchar', length: 100, nullable: true })
  certificationBody!: string | null;

  @Column({ name: 'notified_on', type: 'date', nullable: true })
  notifiedOn!: string | null;

  @Column({ name: 'notification_reference', type: 'varchar', length: 100, nullable: true })
  notificationReference!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
