import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { OutletKind } from '@stardesk/domain';
import { OrganisationEntity } from './organisation.entity';
import { RegionEntity } from './region.entity';

/** 服务网点: own branches, partner workshops and agents, each serving a city. */
@Entity({ name: 'outlets' })
@Index('uq_outlets_org_code', ['orgId', 'code'], { unique: true })
export class OutletEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'fk_outlets_org' })
  organisation?: OrganisationEntity;

  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId!: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_outlets_region' })
  region?: RegionEntity | null;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: OutletKind;

  @Column({ type: 'varchar', length: 64 })
  city!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address!: string | null;

  /** The area served (districts, towns), as the service commitments word it. */
  @Column({ type: 'text', nullable: true })
  coverage!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn({ type: 'integer', default: 1 })
  version!: number;
}
