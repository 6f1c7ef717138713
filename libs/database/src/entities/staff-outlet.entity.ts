import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { OutletEntity } from './outlet.entity';
import { StaffEntity } from './staff.entity';

/** The outlets a staff member works for; dispatchers and technicians see only these outlets' records. */
@Entity({ name: 'staff_outlets' })
// An outlet's staff (the KPI engine's staff of one outlet; the key leads with the staff member).
@Index('ix_staff_outlets_org_outlet', ['orgId', 'outletId'])
export class StaffOutletEntity {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @PrimaryColumn({ name: 'outlet_id', type: 'uuid' })
  outletId!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_staff_outlets_org' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => StaffEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_staff_outlets_staff' })
  staff?: StaffEntity;

  @ManyToOne(() => OutletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outlet_id', foreignKeyConstraintName: 'fk_staff_outlets_outlet' })
  outlet?: OutletEntity;
}
