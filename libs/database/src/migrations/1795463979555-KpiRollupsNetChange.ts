import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KPI_ROLLUPS_NET_CHANGE_DOWN, KPI_ROLLUPS_NET_CHANGE_UP } from '../kpi/kpi-rollups';

/**
 * Hand-written (a trigger function, no schema change): an update of facts reaches the rollups as its net
 * change in one pass instead of a subtraction and an addition of every updated fact. Rollup values are
 * unchanged (a rebuild gives the same sums).
 */
export class KpiRollupsNetChange1795463979555 implements MigrationInterface {
  name = 'KpiRollupsNetChange1795463979555';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of KPI_ROLLUPS_NET_CHANGE_UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of KPI_ROLLUPS_NET_CHANGE_DOWN) await queryRunner.query(statement);
  }
}
