import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant. Every other table carries `org_id` pointing here (the Citus distribution column later). */
@Entity({ name: 'organisations' })
@Index('uq_organisations_code', ['code'], { unique: true })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18, nullable: true })
  creditCode!: string | null;

  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'Asia/Shanghai' })
  timeZone!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
