import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KPI_NEW_REQUEST_FACTS_DOWN, KPI_NEW_REQUEST_FACTS_UP } from '../kpi/kpi-fact-triggers';

/**
 * Hand-written (functions only, no schema change): inserted requests get their facts without the general
 * recompute, and the next-repair update (shared by both paths) writes only the facts whose value changes.
 * Existing facts are unchanged: both paths give what a rebuild gives.
 */
export class KpiFactsOfNewRequests1795463114493 implements MigrationInterface {
  name = 'KpiFactsOfNewRequests1795463114493';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of KPI_NEW_REQUEST_FACTS_UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of KPI_NEW_REQUEST_FACTS_DOWN) await queryRunner.query(statement);
  }
}
