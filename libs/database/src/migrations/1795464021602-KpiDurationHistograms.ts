import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KPI_DURATION_BUCKET_FUNCTION } from '../kpi/kpi-duration-buckets';
import { applyHistogramContributions, KPI_BUCKET_INDEXES } from '../kpi/kpi-histograms';
import { rollupFunctions } from '../kpi/kpi-rollups';

/**
 * Generated: the per-day duration histograms. Then (by hand) the bucket function, the rollups' trigger
 * function and rebuild that now keep the histograms too, the histograms of every organisation that has
 * rollups (from its facts, shard 0), and the expression indexes of the exact step (see kpi-histograms.ts).
 */
export class KpiDurationHistograms1795464021602 implements MigrationInterface {
  name = 'KpiDurationHistograms1795464021602';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "kpi_duration_histograms" ("org_id" uuid NOT NULL, "dimension" character varying(16) NOT NULL, "dim_value" character varying(64) NOT NULL, "span" character varying(8) NOT NULL, "day" date NOT NULL, "measure" character varying(16) NOT NULL, "bucket" smallint NOT NULL, "shard" smallint NOT NULL DEFAULT '0', "n" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_89156246fa638160af55959c54c" PRIMARY KEY ("org_id", "dimension", "dim_value", "span", "day", "measure", "bucket", "shard"))`);
    await queryRunner.query(`ALTER TABLE "kpi_duration_histograms" ADD CONSTRAINT "fk_kpi_duration_histograms_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(KPI_DURATION_BUCKET_FUNCTION);
    for (const statement of rollupFunctions(true, { histograms: true, netChange: true })) await queryRunner.query(statement);
    await queryRunner.query(applyHistogramContributions('(SELECT * FROM kpi_request_facts)', '+', '0'));
    for (const index of KPI_BUCKET_INDEXES) await queryRunner.query(`CREATE INDEX "${index.name}" ON "kpi_request_facts" ${index.sql}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of KPI_BUCKET_INDEXES) await queryRunner.query(`DROP INDEX IF EXISTS "public"."${index.name}"`);
    for (const statement of rollupFunctions(true, { netChange: true })) await queryRunner.query(statement);
    await queryRunner.query(`DROP FUNCTION IF EXISTS kpi_duration_bucket(timestamptz, timestamptz)`);
    await queryRunner.query(`ALTER TABLE "kpi_duration_histograms" DROP CONSTRAINT "fk_kpi_duration_histograms_org"`);
    await queryRunner.query(`DROP TABLE "kpi_duration_histograms"`);
  }
}
