import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795443469133 implements MigrationInterface {
  name = 'Accounts1795443469133';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "staff_id" uuid NOT NULL, "password_hash" character varying(255) NOT NULL, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "REL_ac70f584c122a9a5b3217b0da5" UNIQUE ("staff_id"), CONSTRAINT "PK_125e915cf23ad1cfb43815ce59b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_accounts_staff" ON "user_accounts"  ("staff_id") `);
    await queryRunner.query(`CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(16), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_auth_sessions_account" ON "auth_sessions"  ("account_id") `);
    await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "session_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_refresh_tokens_session" ON "refresh_tokens"  ("session_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_refresh_tokens_hash" ON "refresh_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "pii_reveals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "staff_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "fields" character varying(64) NOT NULL, "reason" character varying(200), "revealed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_226fe13be155416f2aba13b7247" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_pii_reveals_org_revealed" ON "pii_reveals"  ("org_id", "revealed_at") `);
    await queryRunner.query(`ALTER TABLE "user_accounts" ADD CONSTRAINT "fk_user_accounts_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_accounts" ADD CONSTRAINT "fk_user_accounts_staff" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" ADD CONSTRAINT "fk_auth_sessions_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" ADD CONSTRAINT "fk_auth_sessions_account" FOREIGN KEY ("account_id") REFERENCES "user_accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_session" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pii_reveals" ADD CONSTRAINT "fk_pii_reveals_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pii_reveals" ADD CONSTRAINT "fk_pii_reveals_staff" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pii_reveals" ADD CONSTRAINT "fk_pii_reveals_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pii_reveals" DROP CONSTRAINT "fk_pii_reveals_customer"`);
    await queryRunner.query(`ALTER TABLE "pii_reveals" DROP CONSTRAINT "fk_pii_reveals_staff"`);
    await queryRunner.query(`ALTER TABLE "pii_reveals" DROP CONSTRAINT "fk_pii_reveals_org"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_session"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_org"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "fk_auth_sessions_account"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "fk_auth_sessions_org"`);
    await queryRunner.query(`ALTER TABLE "user_accounts" DROP CONSTRAINT "fk_user_accounts_staff"`);
    await queryRunner.query(`ALTER TABLE "user_accounts" DROP CONSTRAINT "fk_user_accounts_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pii_reveals_org_revealed"`);
    await queryRunner.query(`DROP TABLE "pii_reveals"`);
    await queryRunner.query(`DROP INDEX "public"."uq_refresh_tokens_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_session"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."ix_auth_sessions_account"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_accounts_staff"`);
    await queryRunner.query(`DROP TABLE "user_accounts"`);
  }
}
