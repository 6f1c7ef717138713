import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KpiComplaintIndexes1795464900377 implements MigrationInterface {
  name = 'KpiComplaintIndexes1795464900377';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_complaints_org_outlet_closed" ON "complaints"  ("org_id", "outlet_id", "closed_at") `);
    await queryRunner.query(`CREATE INDEX "ix_complaints_org_outlet_received" ON "complaints"  ("org_id", "outlet_id", "received_at") `);
    await queryRunner.query(`CREATE INDEX "ix_complaints_org_closed" ON "complaints"  ("org_id", "closed_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_complaints_org_closed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaints_org_outlet_received"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaints_org_outlet_closed"`);
  }
}
