import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReturnVisitsAndSurveys1795435651520 implements MigrationInterface {
  name = 'ReturnVisitsAndSurveys1795435651520';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "satisfaction_settings" ("org_id" uuid NOT NULL, "return_visit_sampling_share" numeric(5,4) NOT NULL DEFAULT '1', "return_visit_max_attempts" integer NOT NULL DEFAULT '3', "return_visit_retry_after_hours" integer NOT NULL DEFAULT '4', "survey_valid_days" integer NOT NULL DEFAULT '14', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_satisfaction_settings_share" CHECK ("return_visit_sampling_share" >= 0 AND "return_visit_sampling_share" <= 1), CONSTRAINT "PK_602253d5bce3f70f5e175662e9f" PRIMARY KEY ("org_id"))`);
    await queryRunner.query(`CREATE TABLE "return_visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "request_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL, "attempt_count" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "done_at" TIMESTAMP WITH TIME ZONE, "method" character varying(16), "outcome" character varying(16), "rating" smallint, "recommend" smallint, "comment" text, "staff_id" uuid, "cancelled_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_return_visits_recommend" CHECK ("recommend" BETWEEN 0 AND 10), CONSTRAINT "ck_return_visits_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "PK_96ee6edd0bea52b931d2284e56d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_return_visits_request_scheduled" ON "return_visits"  ("org_id", "request_id") WHERE "status" = 'SCHEDULED'`);
    await queryRunner.query(`CREATE INDEX "ix_return_visits_org_request" ON "return_visits"  ("org_id", "request_id") `);
    await queryRunner.query(`CREATE INDEX "ix_return_visits_org_due" ON "return_visits"  ("org_id", "due_at", "id") `);
    await queryRunner.query(`CREATE TABLE "return_visit_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "return_visit_id" uuid NOT NULL, "seq" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "method" character varying(16) NOT NULL, "outcome" character varying(16) NOT NULL, "note" text, "staff_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f24d903351eebca07234c4d0e3e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_return_visit_attempts_seq" ON "return_visit_attempts"  ("org_id", "return_visit_id", "seq") `);
    await queryRunner.query(`CREATE TABLE "survey_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "version" integer NOT NULL, "factors" jsonb NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_938015fccae381778b558d2af89" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_survey_templates_org_code_version" ON "survey_templates"  ("org_id", "code", "version") `);
    await queryRunner.query(`CREATE TABLE "survey_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "request_id" uuid NOT NULL, "template_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a42ab5d797ea8f45e4155ebbc2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_survey_invitations_org_sent" ON "survey_invitations"  ("org_id", "sent_at") `);
    await queryRunner.query(`CREATE INDEX "ix_survey_invitations_org_request" ON "survey_invitations"  ("org_id", "request_id", "sent_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_survey_invitations_token_hash" ON "survey_invitations"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "survey_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "request_id" uuid NOT NULL, "invitation_id" uuid, "return_visit_id" uuid, "template_id" uuid, "source" character varying(16) NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "overall" smallint NOT NULL, "recommend" smallint, "factor_scores" jsonb NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_survey_responses_source" CHECK (("source" = 'SURVEY_LINK' AND "invitation_id" IS NOT NULL AND "return_visit_id" IS NULL) OR ("source" = 'RETURN_VISIT' AND "return_visit_id" IS NOT NULL AND "invitation_id" IS NULL)), CONSTRAINT "ck_survey_responses_recommend" CHECK ("recommend" BETWEEN 0 AND 10), CONSTRAINT "ck_survey_responses_overall" CHECK ("overall" BETWEEN 1 AND 5), CONSTRAINT "PK_349995c51959d139d8e485a58ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_survey_responses_return_visit" ON "survey_responses"  ("return_visit_id") WHERE "return_visit_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_survey_responses_invitation" ON "survey_responses"  ("invitation_id") WHERE "invitation_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_survey_responses_org_request" ON "survey_responses"  ("org_id", "request_id", "submitted_at") `);
    await queryRunner.query(`CREATE INDEX "ix_survey_responses_org_submitted" ON "survey_responses"  ("org_id", "submitted_at") `);
    await queryRunner.query(`ALTER TABLE "satisfaction_settings" ADD CONSTRAINT "fk_satisfaction_settings_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "return_visits" ADD CONSTRAINT "fk_return_visits_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "return_visits" ADD CONSTRAINT "fk_return_visits_request" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "return_visits" ADD CONSTRAINT "fk_return_visits_staff" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "return_visit_attempts" ADD CONSTRAINT "fk_return_visit_attempts_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "return_visit_attempts" ADD CONSTRAINT "fk_return_visit_attempts_visit" FOREIGN KEY ("return_visit_id") REFERENCES "return_visits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "return_visit_attempts" ADD CONSTRAINT "fk_return_visit_attempts_staff" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_templates" ADD CONSTRAINT "fk_survey_templates_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_invitations" ADD CONSTRAINT "fk_survey_invitations_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_invitations" ADD CONSTRAINT "fk_survey_invitations_request" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_invitations" ADD CONSTRAINT "fk_survey_invitations_template" FOREIGN KEY ("template_id") REFERENCES "survey_templates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_request" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_invitation" FOREIGN KEY ("invitation_id") REFERENCES "survey_invitations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_return_visit" FOREIGN KEY ("return_visit_id") REFERENCES "return_visits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_template" FOREIGN KEY ("template_id") REFERENCES "survey_templates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_template"`);
    await queryRunner.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_return_visit"`);
    await queryRunner.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_invitation"`);
    await queryRunner.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_request"`);
    await queryRunner.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_org"`);
    await queryRunner.query(`ALTER TABLE "survey_invitations" DROP CONSTRAINT "fk_survey_invitations_template"`);
    await queryRunner.query(`ALTER TABLE "survey_invitations" DROP CONSTRAINT "fk_survey_invitations_request"`);
    await queryRunner.query(`ALTER TABLE "survey_invitations" DROP CONSTRAINT "fk_survey_invitations_org"`);
    await queryRunner.query(`ALTER TABLE "survey_templates" DROP CONSTRAINT "fk_survey_templates_org"`);
    await queryRunner.query(`ALTER TABLE "return_visit_attempts" DROP CONSTRAINT "fk_return_visit_attempts_staff"`);
    await queryRunner.query(`ALTER TABLE "return_visit_attempts" DROP CONSTRAINT "fk_return_visit_attempts_visit"`);
    await queryRunner.query(`ALTER TABLE "return_visit_attempts" DROP CONSTRAINT "fk_return_visit_attempts_org"`);
    await queryRunner.query(`ALTER TABLE "return_visits" DROP CONSTRAINT "fk_return_visits_staff"`);
    await queryRunner.query(`ALTER TABLE "return_visits" DROP CONSTRAINT "fk_return_visits_request"`);
    await queryRunner.query(`ALTER TABLE "return_visits" DROP CONSTRAINT "fk_return_visits_org"`);
    await queryRunner.query(`ALTER TABLE "satisfaction_settings" DROP CONSTRAINT "fk_satisfaction_settings_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_responses_org_submitted"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_responses_org_request"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_responses_invitation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_responses_return_visit"`);
    await queryRunner.query(`DROP TABLE "survey_responses"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_invitations_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_invitations_org_request"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_invitations_org_sent"`);
    await queryRunner.query(`DROP TABLE "survey_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_templates_org_code_version"`);
    await queryRunner.query(`DROP TABLE "survey_templates"`);
    await queryRunner.query(`DROP INDEX "public"."uq_return_visit_attempts_seq"`);
    await queryRunner.query(`DROP TABLE "return_visit_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_return_visits_org_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_return_visits_org_request"`);
    await queryRunner.query(`DROP INDEX "public"."uq_return_visits_request_scheduled"`);
    await queryRunner.query(`DROP TABLE "return_visits"`);
    await queryRunner.query(`DROP TABLE "satisfaction_settings"`);
  }
}
