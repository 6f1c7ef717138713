import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrailAndIdempotency1795444281805 implements MigrationInterface {
  name = 'AuditTrailAndIdempotency1795444281805';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "org_id" uuid NOT NULL, "chain_seq" bigint, "tx_id" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor" character varying(200), "operation" character varying(200), "entity" character varying(63) NOT NULL, "entity_id" character varying(200) NOT NULL, "action" character varying(6) NOT NULL, "before" jsonb, "after" jsonb, "row_mac" character(64) NOT NULL, "hash" character(64), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_entity" ON "audit_log"  ("org_id", "entity", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_unsealed" ON "audit_log"  ("org_id", "id") WHERE chain_seq IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_audit_log_org_seq" ON "audit_log"  ("org_id", "chain_seq") `);
    await queryRunner.query(`CREATE TABLE "audit_chain_heads" ("org_id" uuid NOT NULL, "last_seq" bigint NOT NULL DEFAULT '0', "last_hash" character(64) NOT NULL, CONSTRAINT "PK_b0ac9c66698ef71c152bcb4f1b5" PRIMARY KEY ("org_id"))`);
    await queryRunner.query(`CREATE TABLE "idempotency_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "key" character varying(200) NOT NULL, "operation" character varying(100) NOT NULL, "request_hash" character(64) NOT NULL, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ad20779ad0411107a56e53d0f6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_idempotency_keys_created" ON "idempotency_keys"  ("created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_idempotency_keys_org_key" ON "idempotency_keys"  ("org_id", "key") `);
    await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD CONSTRAINT "fk_idempotency_keys_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP CONSTRAINT "fk_idempotency_keys_org"`);
    await queryRunner.query(`DROP INDEX "public"."uq_idempotency_keys_org_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_idempotency_keys_created"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP TABLE "audit_chain_heads"`);
    await queryRunner.query(`DROP INDEX "public"."uq_audit_log_org_seq"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_unsealed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_entity"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
