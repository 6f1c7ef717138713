import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KPI_ROLLUP_TRIGGERS_DOWN, KPI_ROLLUP_TRIGGERS_UP } from '../kpi/kpi-rollups';

/**
 * Generated tables, columns and indexes, then (by hand) the new version of the fact refresh (with the latest
 * rating), the triggers that keep the rollups current and the ratings' facts of existing requests. No rollup
 * backfill: an organisation has rollups once rebuilt (rebuildKpiFacts / rebuildKpiRollups); until then the engine
 * reads the facts.
 */
export class KpiDailyRollups1795448256435 implements MigrationInterface {
  name = 'KpiDailyRollups1795448256435';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_request_facts_org_resolved"`);
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_request_facts_org_reported"`);
    await queryRunner.query(`CREATE TABLE "kpi_daily_rollups" ("org_id" uuid NOT NULL, "day" date NOT NULL, "dimension" character varying(16) NOT NULL, "dim_value" character varying(64) NOT NULL, "rep_n" bigint NOT NULL DEFAULT '0', "ack_n" bigint NOT NULL DEFAULT '0', "ack_us" bigint NOT NULL DEFAULT '0', "resp_ok" bigint NOT NULL DEFAULT '0', "arr_pop" bigint NOT NULL DEFAULT '0', "arr_ok" bigint NOT NULL DEFAULT '0', "res_n" bigint NOT NULL DEFAULT '0', "res_us" bigint NOT NULL DEFAULT '0', "repair_n" bigint NOT NULL DEFAULT '0', "ftf_ok" bigint NOT NULL DEFAULT '0', "repeat_ok" bigint NOT NULL DEFAULT '0', "closed_n" bigint NOT NULL DEFAULT '0', "rv_ok" bigint NOT NULL DEFAULT '0', "rating_n" bigint NOT NULL DEFAULT '0', "csat_ok" bigint NOT NULL DEFAULT '0', "rating_sum" bigint NOT NULL DEFAULT '0', "nps_n" bigint NOT NULL DEFAULT '0', "promoters" bigint NOT NULL DEFAULT '0', "detractors" bigint NOT NULL DEFAULT '0', "csi_n" bigint NOT NULL DEFAULT '0', "csi_sum" numeric NOT NULL DEFAULT '0', CONSTRAINT "PK_fb74357f34ee6f0db08cc2ecb19" PRIMARY KEY ("org_id", "day", "dimension", "dim_value"))`);
    await queryRunner.query(`CREATE TABLE "kpi_rollup_policies" ("org_id" uuid NOT NULL, "time_zone" character varying(64) NOT NULL, "targets" jsonb NOT NULL, "built_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_20bc0d2c9e8068e6d6ddc135021" PRIMARY KEY ("org_id"))`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" ADD "rating_id" uuid`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" ADD "rated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" ADD "rating_overall" smallint`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" ADD "rating_recommend" smallint`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" ADD "rating_csi" double precision`);
    await queryRunner.query(`CREATE INDEX "ix_kpi_request_facts_org_unacknowledged" ON "kpi_request_facts"  ("org_id", "reported_at") WHERE acknowledged_at IS NULL AND NOT cancelled`);
    await queryRunner.query(`CREATE INDEX "ix_kpi_request_facts_org_resolved" ON "kpi_request_facts"  ("org_id", "resolved_at", "cancelled", "reported_at") `);
    await queryRunner.query(`CREATE INDEX "ix_kpi_request_facts_org_reported" ON "kpi_request_facts"  ("org_id", "reported_at", "cancelled", "acknowledged_at") `);
    await queryRunner.query(`ALTER TABLE "kpi_daily_rollups" ADD CONSTRAINT "fk_kpi_daily_rollups_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi_rollup_policies" ADD CONSTRAINT "fk_kpi_rollup_policies_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    for (const statement of KPI_ROLLUP_TRIGGERS_UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of KPI_ROLLUP_TRIGGERS_DOWN) await queryRunner.query(statement);
    await queryRunner.query(`ALTER TABLE "kpi_rollup_policies" DROP CONSTRAINT "fk_kpi_rollup_policies_org"`);
    await queryRunner.query(`ALTER TABLE "kpi_daily_rollups" DROP CONSTRAINT "fk_kpi_daily_rollups_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_request_facts_org_reported"`);
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_request_facts_org_resolved"`);
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_request_facts_org_unacknowledged"`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" DROP COLUMN "rating_csi"`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" DROP COLUMN "rating_recommend"`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" DROP COLUMN "rating_overall"`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" DROP COLUMN "rated_at"`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" DROP COLUMN "rating_id"`);
    await queryRunner.query(`DROP TABLE "kpi_rollup_policies"`);
    await queryRunner.query(`DROP TABLE "kpi_daily_rollups"`);
    await queryRunner.query(`CREATE INDEX "ix_kpi_request_facts_org_reported" ON "kpi_request_facts" USING btree ("org_id", "reported_at") `);
    await queryRunner.query(`CREATE INDEX "ix_kpi_request_facts_org_resolved" ON "kpi_request_facts" USING btree ("org_id", "resolved_at") `);
  }
}
