import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportedRecords1795437490522 implements MigrationInterface {
  name = 'ImportedRecords1795437490522';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_request_events" ADD "imported" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "visits" ADD "imported" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "return_visits" ADD "imported" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "complaint_events" ADD "imported" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "complaint_events" DROP COLUMN "imported"`);
    await queryRunner.query(`ALTER TABLE "return_visits" DROP COLUMN "imported"`);
    await queryRunner.query(`ALTER TABLE "visits" DROP COLUMN "imported"`);
    await queryRunner.query(`ALTER TABLE "service_request_events" DROP COLUMN "imported"`);
  }
}
