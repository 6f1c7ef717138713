import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MasterDataSettingsAndCommitments1795435848811 implements MigrationInterface {
  name = 'MasterDataSettingsAndCommitments1795435848811';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organisation_settings" ("org_id" uuid NOT NULL, "targets" jsonb NOT NULL, "working_calendar_enabled" boolean NOT NULL DEFAULT false, "working_hours" jsonb, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_406c6d74b54f9af2ac09c5d6176" PRIMARY KEY ("org_id"))`);
    await queryRunner.query(`CREATE TABLE "calendar_days" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "date" date NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(64) NOT NULL, CONSTRAINT "PK_4e038bb33a6b17e98fee1f30ad9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_days_org_date" ON "calendar_days"  ("org_id", "date") `);
    await queryRunner.query(`CREATE TABLE "outlet_targets" ("outlet_id" uuid NOT NULL, "org_id" uuid NOT NULL, "targets" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0c04878ac0ccb6ad9ccbe6acd00" PRIMARY KEY ("outlet_id"))`);
    await queryRunner.query(`CREATE TABLE "service_commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "version" integer NOT NULL, "title" character varying(100) NOT NULL, "description" text, "target_key" character varying(40) NOT NULL, "target_value" integer NOT NULL, "effective_from" TIMESTAMP WITH TIME ZONE NOT NULL, "effective_to" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_service_commitments_period" CHECK ("effective_to" IS NULL OR "effective_to" > "effective_from"), CONSTRAINT "ck_service_commitments_target_positive" CHECK ("target_value" > 0), CONSTRAINT "PK_9a479401c294489b8abadce32bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_service_commitments_org_code_version" ON "service_commitments"  ("org_id", "code", "version") `);
    await queryRunner.query(`ALTER TABLE "customers" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "customers" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "regions" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "regions" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "outlets" ADD "coverage" text`);
    await queryRunner.query(`ALTER TABLE "outlets" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "products" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "products" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "product_units" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "staff" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "organisation_settings" ADD CONSTRAINT "fk_organisation_settings_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_days" ADD CONSTRAINT "fk_calendar_days_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outlet_targets" ADD CONSTRAINT "fk_outlet_targets_outlet" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outlet_targets" ADD CONSTRAINT "fk_outlet_targets_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_commitments" ADD CONSTRAINT "fk_service_commitments_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_commitments" DROP CONSTRAINT "fk_service_commitments_org"`);
    await queryRunner.query(`ALTER TABLE "outlet_targets" DROP CONSTRAINT "fk_outlet_targets_org"`);
    await queryRunner.query(`ALTER TABLE "outlet_targets" DROP CONSTRAINT "fk_outlet_targets_outlet"`);
    await queryRunner.query(`ALTER TABLE "calendar_days" DROP CONSTRAINT "fk_calendar_days_org"`);
    await queryRunner.query(`ALTER TABLE "organisation_settings" DROP CONSTRAINT "fk_organisation_settings_org"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "product_units" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "products" DROP COLUMN "active"`);
    await queryRunner.query(`ALTER TABLE "outlets" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "outlets" DROP COLUMN "coverage"`);
    await queryRunner.query(`ALTER TABLE "regions" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "regions" DROP COLUMN "active"`);
    await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "active"`);
    await queryRunner.query(`DROP INDEX "public"."uq_service_commitments_org_code_version"`);
    await queryRunner.query(`DROP TABLE "service_commitments"`);
    await queryRunner.query(`DROP TABLE "outlet_targets"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendar_days_org_date"`);
    await queryRunner.query(`DROP TABLE "calendar_days"`);
    await queryRunner.query(`DROP TABLE "organisation_settings"`);
  }
}
