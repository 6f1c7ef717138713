import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyCommitMarker1795446899775 implements MigrationInterface {
  name = 'IdempotencyCommitMarker1795446899775';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD "committed_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "committed_at"`);
  }
}
