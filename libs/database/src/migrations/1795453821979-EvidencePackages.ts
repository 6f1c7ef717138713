import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EvidencePackages1795453821979 implements MigrationInterface {
  name = 'EvidencePackages1795453821979';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evidence_packages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'QUEUED', "period_from" date NOT NULL, "period_to" date NOT NULL, "assessment_id" uuid, "reveal_personal_information" boolean NOT NULL DEFAULT false, "language" character varying(8) NOT NULL DEFAULT 'zh-CN', "progress_done" integer NOT NULL DEFAULT '0', "progress_total" integer NOT NULL DEFAULT '0', "stage" character varying(32), "file_name" character varying(255), "size_bytes" bigint, "sha256" character(64), "key_fingerprint" character(64), "error_code" character varying(32), "error_message" text, "source" character varying(8) NOT NULL DEFAULT 'API', "requested_by" character varying(100) NOT NULL, "requested_by_staff_id" uuid, "heartbeat_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2a5f2e5b5841c676e8f379f147d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_evidence_packages_status" ON "evidence_packages"  ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_evidence_packages_org_created" ON "evidence_packages"  ("org_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "evidence_packages" ADD CONSTRAINT "fk_evidence_packages_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_packages" ADD CONSTRAINT "fk_evidence_packages_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_packages" ADD CONSTRAINT "fk_evidence_packages_requested_by" FOREIGN KEY ("requested_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Into the audit trail like every business table: who asked for a package, and whether it revealed personal information.
    await queryRunner.query(`SELECT stardesk_audit_attach('evidence_packages')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_packages" DROP CONSTRAINT "fk_evidence_packages_requested_by"`);
    await queryRunner.query(`ALTER TABLE "evidence_packages" DROP CONSTRAINT "fk_evidence_packages_assessment"`);
    await queryRunner.query(`ALTER TABLE "evidence_packages" DROP CONSTRAINT "fk_evidence_packages_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evidence_packages_org_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_evidence_packages_status"`);
    await queryRunner.query(`DROP TABLE "evidence_packages"`);
  }
}
