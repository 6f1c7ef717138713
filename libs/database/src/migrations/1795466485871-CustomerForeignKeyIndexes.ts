import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerForeignKeyIndexes1795466485871 implements MigrationInterface {
  name = 'CustomerForeignKeyIndexes1795466485871';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_product_units_customer" ON "product_units"  ("customer_id") WHERE "customer_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_service_requests_customer" ON "service_requests"  ("customer_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_service_requests_customer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_product_units_customer"`);
  }
}
