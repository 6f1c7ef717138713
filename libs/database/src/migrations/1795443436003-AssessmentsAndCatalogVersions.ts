import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssessmentsAndCatalogVersions1795443436003 implements MigrationInterface {
  name = 'AssessmentsAndCatalogVersions1795443436003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "indicator_catalog_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "version_no" integer NOT NULL, "catalog" jsonb NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b10b694516d50e767c0519f3393" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_indicator_catalog_versions_org_no" ON "indicator_catalog_versions"  ("org_id", "version_no") `);
    await queryRunner.query(`CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "title" character varying(200), "period_from" date NOT NULL, "period_to" date NOT NULL, "time_zone" character varying(64) NOT NULL, "catalog_version_id" uuid NOT NULL, "sample_seed" character varying(100) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "automatic_evaluation" jsonb, "documents" jsonb, "judgements" jsonb NOT NULL DEFAULT '{}', "exclusions" jsonb NOT NULL DEFAULT '[]', "special_deductions" jsonb NOT NULL DEFAULT '[]', "special_bonus" jsonb, "score" numeric(5,2), "grade" character varying(20), "signed_off_score" jsonb, "signed_off_at" TIMESTAMP WITH TIME ZONE, "signed_off_by" character varying(100), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_assessments_org_period" ON "assessments"  ("org_id", "period_from", "period_to") `);
    await queryRunner.query(`ALTER TABLE "indicator_catalog_versions" ADD CONSTRAINT "fk_indicator_catalog_versions_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_catalog_version" FOREIGN KEY ("catalog_version_id") REFERENCES "indicator_catalog_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "fk_assessments_catalog_version"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "fk_assessments_org"`);
    await queryRunner.query(`ALTER TABLE "indicator_catalog_versions" DROP CONSTRAINT "fk_indicator_catalog_versions_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assessments_org_period"`);
    await queryRunner.query(`DROP TABLE "assessments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_indicator_catalog_versions_org_no"`);
    await queryRunner.query(`DROP TABLE "indicator_catalog_versions"`);
  }
}
