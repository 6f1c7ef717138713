import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1795437519166 implements MigrationInterface {
  name = 'Attachments1795437519166';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "owner_type" character varying(32) NOT NULL, "owner_id" uuid NOT NULL, "purpose" character varying(32) NOT NULL, "file_name" character varying(255) NOT NULL, "media_type" character varying(64) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "uploaded_by" uuid, "retired_at" TIMESTAMP WITH TIME ZONE, "retired_by" uuid, "retire_reason" text, CONSTRAINT "ck_attachments_size" CHECK ("size_bytes" > 0), CONSTRAINT "ck_attachments_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_attachments_sha256" ON "attachments"  ("sha256") `);
    await queryRunner.query(`CREATE INDEX "ix_attachments_org_owner" ON "attachments"  ("org_id", "owner_type", "owner_id", "uploaded_at") `);
    await queryRunner.query(`ALTER TABLE "attachments" ADD CONSTRAINT "fk_attachments_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attachments" ADD CONSTRAINT "fk_attachments_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attachments" ADD CONSTRAINT "fk_attachments_retired_by" FOREIGN KEY ("retired_by") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "fk_attachments_retired_by"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "fk_attachments_uploaded_by"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "fk_attachments_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attachments_org_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attachments_sha256"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
