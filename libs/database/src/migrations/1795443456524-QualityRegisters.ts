import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QualityRegisters1795443456524 implements MigrationInterface {
  name = 'QualityRegisters1795443456524';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "controlled_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "series_id" uuid NOT NULL, "supersedes_id" uuid, "document_type" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "version_label" character varying(32) NOT NULL, "description" text, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "author_id" uuid, "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "effective_from" date, "effective_to" date, "file_attachment_id" uuid, "file_sha256" character(64), "published" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_controlled_documents_file_sha256" CHECK ("file_sha256" IS NULL OR "file_sha256" ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_controlled_documents_approved" CHECK ("status" = 'DRAFT' OR ("approved_by" IS NOT NULL AND "approved_at" IS NOT NULL AND "effective_from" IS NOT NULL)), CONSTRAINT "ck_controlled_documents_effective" CHECK ("effective_to" IS NULL OR "effective_to" >= "effective_from"), CONSTRAINT "PK_7cb124f1bd1f9919af4e310214b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_controlled_documents_supersedes" ON "controlled_documents"  ("supersedes_id") WHERE "supersedes_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_controlled_documents_org_created" ON "controlled_documents"  ("org_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_controlled_documents_org_series" ON "controlled_documents"  ("org_id", "series_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_controlled_documents_org_type_from" ON "controlled_documents"  ("org_id", "document_type", "effective_from") `);
    await queryRunner.query(`CREATE TABLE "corrective_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "source" character varying(20) NOT NULL, "source_reference" character varying(100), "problem" text NOT NULL, "root_cause" text, "action" text, "owner_id" uuid NOT NULL, "due_date" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'OPEN', "completed_on" date, "completion_note" text, "effectiveness_result" character varying(16), "effectiveness_checked_on" date, "effectiveness_checked_by" uuid, "effectiveness_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_b1382eccccc5ca8d821e3688ade" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_corrective_actions_org_owner" ON "corrective_actions"  ("org_id", "owner_id") `);
    await queryRunner.query(`CREATE INDEX "ix_corrective_actions_org_status_due" ON "corrective_actions"  ("org_id", "status", "due_date") `);
    await queryRunner.query(`CREATE INDEX "ix_corrective_actions_org_created" ON "corrective_actions"  ("org_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "internal_audits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "planned_date" date NOT NULL, "performed_date" date, "status" character varying(16) NOT NULL, "scope" text NOT NULL, "auditors" character varying(64) array NOT NULL, "report_document_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_85b7cd6a44e05a91099a05c40f1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_internal_audits_org_planned" ON "internal_audits"  ("org_id", "planned_date", "id") `);
    await queryRunner.query(`CREATE TABLE "audit_findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "audit_id" uuid NOT NULL, "clause" character varying(64), "description" text NOT NULL, "severity" character varying(16) NOT NULL, "corrective_action_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b66fb855ac062aabeccdd4ec1b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_findings_corrective_action" ON "audit_findings"  ("corrective_action_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_findings_org_audit" ON "audit_findings"  ("org_id", "audit_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "management_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "review_date" date NOT NULL, "chair" character varying(64), "attendees" character varying(64) array NOT NULL, "inputs" text NOT NULL, "decisions" text, "report_document_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_78c50716b2594019d292235c860" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_management_reviews_org_date" ON "management_reviews"  ("org_id", "review_date", "id") `);
    await queryRunner.query(`CREATE TABLE "change_notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "description" text NOT NULL, "occurred_on" date NOT NULL, "deadline" date NOT NULL, "certification_body" character varying(100), "notified_on" date, "notification_reference" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_change_notifications_notified" CHECK ("notified_on" IS NULL OR "notified_on" >= "occurred_on"), CONSTRAINT "PK_c537953797925b747def25ddd70" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_change_notifications_org_occurred" ON "change_notifications"  ("org_id", "occurred_on", "id") `);
    await queryRunner.query(`CREATE TABLE "enterprise_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "legal_name" character varying(200) NOT NULL, "licence_number" character varying(64), "credit_code" character(18), "legal_representative" character varying(64) NOT NULL, "authorised_contact" character varying(64), "contact_phone" character varying(32), "contact_email" character varying(254), "address" character varying(300), "founded_on" date, "history" text, "products_and_scope" text, "staff_count" integer, "outlet_count" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_ed347c3fa667bf48b581f29dd2b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_enterprise_profiles_org" ON "enterprise_profiles"  ("org_id") `);
    await queryRunner.query(`ALTER TABLE "controlled_documents" ADD CONSTRAINT "fk_controlled_documents_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "controlled_documents" ADD CONSTRAINT "fk_controlled_documents_supersedes" FOREIGN KEY ("supersedes_id") REFERENCES "controlled_documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "controlled_documents" ADD CONSTRAINT "fk_controlled_documents_author" FOREIGN KEY ("author_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "controlled_documents" ADD CONSTRAINT "fk_controlled_documents_approved_by" FOREIGN KEY ("approved_by") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "controlled_documents" ADD CONSTRAINT "fk_controlled_documents_file" FOREIGN KEY ("file_attachment_id") REFERENCES "attachments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "corrective_actions" ADD CONSTRAINT "fk_corrective_actions_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "corrective_actions" ADD CONSTRAINT "fk_corrective_actions_owner" FOREIGN KEY ("owner_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "corrective_actions" ADD CONSTRAINT "fk_corrective_actions_checked_by" FOREIGN KEY ("effectiveness_checked_by") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "internal_audits" ADD CONSTRAINT "fk_internal_audits_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "internal_audits" ADD CONSTRAINT "fk_internal_audits_report" FOREIGN KEY ("report_document_id") REFERENCES "controlled_documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_findings" ADD CONSTRAINT "fk_audit_findings_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_findings" ADD CONSTRAINT "fk_audit_findings_audit" FOREIGN KEY ("audit_id") REFERENCES "internal_audits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_findings" ADD CONSTRAINT "fk_audit_findings_corrective_action" FOREIGN KEY ("corrective_action_id") REFERENCES "corrective_actions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "management_reviews" ADD CONSTRAINT "fk_management_reviews_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "management_reviews" ADD CONSTRAINT "fk_management_reviews_report" FOREIGN KEY ("report_document_id") REFERENCES "controlled_documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "change_notifications" ADD CONSTRAINT "fk_change_notifications_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enterprise_profiles" ADD CONSTRAINT "fk_enterprise_profiles_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enterprise_profiles" DROP CONSTRAINT "fk_enterprise_profiles_org"`);
    await queryRunner.query(`ALTER TABLE "change_notifications" DROP CONSTRAINT "fk_change_notifications_org"`);
    await queryRunner.query(`ALTER TABLE "management_reviews" DROP CONSTRAINT "fk_management_reviews_report"`);
    await queryRunner.query(`ALTER TABLE "management_reviews" DROP CONSTRAINT "fk_management_reviews_org"`);
    await queryRunner.query(`ALTER TABLE "audit_findings" DROP CONSTRAINT "fk_audit_findings_corrective_action"`);
    await queryRunner.query(`ALTER TABLE "audit_findings" DROP CONSTRAINT "fk_audit_findings_audit"`);
    await queryRunner.query(`ALTER TABLE "audit_findings" DROP CONSTRAINT "fk_audit_findings_org"`);
    await queryRunner.query(`ALTER TABLE "internal_audits" DROP CONSTRAINT "fk_internal_audits_report"`);
    await queryRunner.query(`ALTER TABLE "internal_audits" DROP CONSTRAINT "fk_internal_audits_org"`);
    await queryRunner.query(`ALTER TABLE "corrective_actions" DROP CONSTRAINT "fk_corrective_actions_checked_by"`);
    await queryRunner.query(`ALTER TABLE "corrective_actions" DROP CONSTRAINT "fk_corrective_actions_owner"`);
    await queryRunner.query(`ALTER TABLE "corrective_actions" DROP CONSTRAINT "fk_corrective_actions_org"`);
    await queryRunner.query(`ALTER TABLE "controlled_documents" DROP CONSTRAINT "fk_controlled_documents_file"`);
    await queryRunner.query(`ALTER TABLE "controlled_documents" DROP CONSTRAINT "fk_controlled_documents_approved_by"`);
    await queryRunner.query(`ALTER TABLE "controlled_documents" DROP CONSTRAINT "fk_controlled_documents_author"`);
    await queryRunner.query(`ALTER TABLE "controlled_documents" DROP CONSTRAINT "fk_controlled_documents_supersedes"`);
    await queryRunner.query(`ALTER TABLE "controlled_documents" DROP CONSTRAINT "fk_controlled_documents_org"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enterprise_profiles_org"`);
    await queryRunner.query(`DROP TABLE "enterprise_profiles"`);
    await queryRunner.query(`DROP INDEX "public"."ix_change_notifications_org_occurred"`);
    await queryRunner.query(`DROP TABLE "change_notifications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_management_reviews_org_date"`);
    await queryRunner.query(`DROP TABLE "management_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_findings_org_audit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_findings_corrective_action"`);
    await queryRunner.query(`DROP TABLE "audit_findings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_internal_audits_org_planned"`);
    await queryRunner.query(`DROP TABLE "internal_audits"`);
    await queryRunner.query(`DROP INDEX "public"."ix_corrective_actions_org_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_corrective_actions_org_status_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_corrective_actions_org_owner"`);
    await queryRunner.query(`DROP TABLE "corrective_actions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_controlled_documents_org_type_from"`);
    await queryRunner.query(`DROP INDEX "public"."ix_controlled_documents_org_series"`);
    await queryRunner.query(`DROP INDEX "public"."ix_controlled_documents_org_created"`);
    await queryRunner.query(`DROP INDEX "public"."uq_controlled_documents_supersedes"`);
    await queryRunner.query(`DROP TABLE "controlled_documents"`);
  }
}
