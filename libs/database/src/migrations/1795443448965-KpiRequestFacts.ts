import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KPI_FACT_TRIGGERS_DOWN, KPI_FACT_TRIGGERS_UP } from '../kpi/kpi-fact-triggers';

/** Generated table, then (by hand) the triggers that keep it current and the backfill of existing requests. */
export class KpiRequestFacts1795443448965 implements MigrationInterface {
  name = 'KpiRequestFacts1795443448965';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "kpi_request_facts" ("request_id" uuid NOT NULL, "org_id" uuid NOT NULL, "type" character varying(20) NOT NULL, "channel" character varying(16) NOT NULL, "priority" character varying(8) NOT NULL, "outlet_id" uuid NOT NULL, "product_id" uuid NOT NULL, "unit_serial" character varying(64), "cancelled" boolean NOT NULL DEFAULT false, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "reopen_count" integer NOT NULL DEFAULT '0', "visit_count" integer NOT NULL DEFAULT '0', "first_technician_id" uuid, "first_arrived_at" TIMESTAMP WITH TIME ZONE, "first_outcome" character varying(20), "return_visit_done_at" TIMESTAMP WITH TIME ZONE, "next_repair_reported_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e79484f8eeb6a525eb9d7379bb5" PRIMARY KEY ("request_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_kpi_request_facts_org_serial" ON "kpi_request_facts"  ("org_id", "unit_serial", "reported_at") `);
    await queryRunner.query(`CREATE INDEX "ix_kpi_request_facts_org_closed" ON "kpi_request_facts"  ("org_id", "closed_at") `);
    await queryRunner.query(`CREATE INDEX "ix_kpi_request_facts_org_resolved" ON "kpi_request_facts"  ("org_id", "resolved_at") `);
    await queryRunner.query(`CREATE INDEX "ix_kpi_request_facts_org_reported" ON "kpi_request_facts"  ("org_id", "reported_at") `);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" ADD CONSTRAINT "fk_kpi_request_facts_request" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" ADD CONSTRAINT "fk_kpi_request_facts_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const statement of KPI_FACT_TRIGGERS_UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of KPI_FACT_TRIGGERS_DOWN) await queryRunner.query(statement);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" DROP CONSTRAINT "fk_kpi_request_facts_org"`);
    await queryRunner.query(`ALTER TABLE "kpi_request_facts" DROP CONSTRAINT "fk_kpi_request_facts_request"`);
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_request_facts_org_reported"`);
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_request_facts_org_resolved"`);
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_request_facts_org_closed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_request_facts_org_serial"`);
    await queryRunner.query(`DROP TABLE "kpi_request_facts"`);
  }
}
