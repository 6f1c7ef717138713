import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceRequestsUnitIndex1795465060367 implements MigrationInterface {
  name = 'ServiceRequestsUnitIndex1795465060367';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_service_requests_unit" ON "service_requests"  ("unit_id") WHERE "unit_id" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_service_requests_unit"`);
  }
}
