import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KpiFactsOutletIndexes1795458280431 implements MigrationInterface {
  name = 'KpiFactsOutletIndexes1795458280431';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_kpi_request_facts_org_outlet_resolved" ON "kpi_request_facts"  ("org_id", "outlet_id", "resolved_at", "cancelled", "reported_at") `);
    await queryRunner.query(`CREATE INDEX "ix_kpi_request_facts_org_outlet_reported" ON "kpi_request_facts"  ("org_id", "outlet_id", "reported_at", "cancelled", "acknowledged_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_request_facts_org_outlet_reported"`);
    await queryRunner.query(`DROP INDEX "public"."ix_kpi_request_facts_org_outlet_resolved"`);
  }
}
