import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KpiRollupReadIndex1795465327511 implements MigrationInterface {
  name = 'KpiRollupReadIndex1795465327511';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_kpi_daily_rollups_org_dimension_day" ON "kpi_daily_rollups"  ("org_id", "dimension", "dim_value", "day") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_daily_rollups_org_dimension_day"`);
  }
}
