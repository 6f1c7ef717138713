import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rollupFunctions } from '../kpi/kpi-rollups';

/**
 * Generated: the shard column in the rollups' key; then (by hand) the trigger function and the rebuild
 * that write it (writers add to their connection's shard, a rebuild writes shard 0). Existing rows are
 * shard 0. Down: the rollups are dropped with their policies (the engine reads the facts until the next
 * rebuild), since shards cannot be folded under the old key in place.
 */
export class ShardedKpiRollups1795454995248 implements MigrationInterface {
  name = 'ShardedKpiRollups1795454995248';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "kpi_daily_rollups" ADD "shard" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "kpi_daily_rollups" DROP CONSTRAINT "PK_fb74357f34ee6f0db08cc2ecb19"`);
    await queryRunner.query(`ALTER TABLE "kpi_daily_rollups" ADD CONSTRAINT "PK_dfec0a6a9a1a6c13bd7ef98ff7c" PRIMARY KEY ("day", "dimension", "org_id", "dim_value", "shard")`);
    for (const statement of rollupFunctions(true)) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM kpi_rollup_policies`);
    await queryRunner.query(`DELETE FROM kpi_daily_rollups`);
    await queryRunner.query(`ALTER TABLE "kpi_daily_rollups" DROP CONSTRAINT "PK_dfec0a6a9a1a6c13bd7ef98ff7c"`);
    await queryRunner.query(`ALTER TABLE "kpi_daily_rollups" ADD CONSTRAINT "PK_fb74357f34ee6f0db08cc2ecb19" PRIMARY KEY ("day", "dimension", "org_id", "dim_value")`);
    await queryRunner.query(`ALTER TABLE "kpi_daily_rollups" DROP COLUMN "shard"`);
    for (const statement of rollupFunctions(false)) await queryRunner.query(statement);
  }
}
