import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Amendments1795437117907 implements MigrationInterface {
  name = 'Amendments1795437117907';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "amendments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "record_type" character varying(32) NOT NULL, "record_id" uuid NOT NULL, "changes" jsonb NOT NULL, "reason" text NOT NULL, "amended_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, CONSTRAINT "PK_232751b4529e81fd8a6b2847ace" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_amendments_record" ON "amendments"  ("org_id", "record_type", "record_id", "amended_at") `);
    await queryRunner.query(`ALTER TABLE "amendments" ADD CONSTRAINT "fk_amendments_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "amendments" ADD CONSTRAINT "fk_amendments_actor" FOREIGN KEY ("actor_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "amendments" DROP CONSTRAINT "fk_amendments_actor"`);
    await queryRunner.query(`ALTER TABLE "amendments" DROP CONSTRAINT "fk_amendments_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_amendments_record"`);
    await queryRunner.query(`DROP TABLE "amendments"`);
  }
}
