import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Complaints1795435804390 implements MigrationInterface {
  name = 'Complaints1795435804390';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Added by hand (TypeORM does not model sequences): complaint codes (CP + local date + number)
    // draw from their own sequence, like service_request_code_seq for requests.
    await queryRunner.query(`CREATE SEQUENCE "complaint_code_seq"`);
    await queryRunner.query(`CREATE TABLE "complaints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "request_id" uuid, "customer_id" uuid NOT NULL, "outlet_id" uuid, "channel" character varying(16), "severity" character varying(8) NOT NULL, "category" character varying(64), "description" text, "status" character varying(16) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "escalation_level" smallint NOT NULL DEFAULT '1', "ack_deadline_escalated" boolean NOT NULL DEFAULT false, "resolution_deadline_escalated" boolean NOT NULL DEFAULT false, "resolution" text, "customer_accepted" boolean, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4b7566a2a489c2cc7c12ed076ad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_complaints_status_received" ON "complaints"  ("status", "received_at") `);
    await queryRunner.query(`CREATE INDEX "ix_complaints_org_request" ON "complaints"  ("org_id", "request_id") `);
    await queryRunner.query(`CREATE INDEX "ix_complaints_org_status" ON "complaints"  ("org_id", "status") `);
    await queryRunner.query(`CREATE INDEX "ix_complaints_org_received" ON "complaints"  ("org_id", "received_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_complaints_org_code" ON "complaints"  ("org_id", "code") `);
    await queryRunner.query(`CREATE TABLE "complaint_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "complaint_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "from_level" smallint, "to_level" smallint NOT NULL, "escalation_reason" character varying(16), "deadline" character varying(16), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "note" text, CONSTRAINT "PK_e9979b3ca11620b323d58446a38" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_complaint_events_deadline" ON "complaint_events"  ("org_id", "complaint_id", "deadline") `);
    await queryRunner.query(`CREATE INDEX "ix_complaint_events_complaint" ON "complaint_events"  ("org_id", "complaint_id", "at") `);
    await queryRunner.query(`ALTER TABLE "complaints" ADD CONSTRAINT "fk_complaints_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaints" ADD CONSTRAINT "fk_complaints_request" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaints" ADD CONSTRAINT "fk_complaints_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaints" ADD CONSTRAINT "fk_complaints_outlet" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaint_events" ADD CONSTRAINT "fk_complaint_events_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaint_events" ADD CONSTRAINT "fk_complaint_events_complaint" FOREIGN KEY ("complaint_id") REFERENCES "complaints"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "complaint_events" ADD CONSTRAINT "fk_complaint_events_actor" FOREIGN KEY ("actor_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "complaint_events" DROP CONSTRAINT "fk_complaint_events_actor"`);
    await queryRunner.query(`ALTER TABLE "complaint_events" DROP CONSTRAINT "fk_complaint_events_complaint"`);
    await queryRunner.query(`ALTER TABLE "complaint_events" DROP CONSTRAINT "fk_complaint_events_org"`);
    await queryRunner.query(`ALTER TABLE "complaints" DROP CONSTRAINT "fk_complaints_outlet"`);
    await queryRunner.query(`ALTER TABLE "complaints" DROP CONSTRAINT "fk_complaints_customer"`);
    await queryRunner.query(`ALTER TABLE "complaints" DROP CONSTRAINT "fk_complaints_request"`);
    await queryRunner.query(`ALTER TABLE "complaints" DROP CONSTRAINT "fk_complaints_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaint_events_complaint"`);
    await queryRunner.query(`DROP INDEX "public"."uq_complaint_events_deadline"`);
    await queryRunner.query(`DROP TABLE "complaint_events"`);
    await queryRunner.query(`DROP INDEX "public"."uq_complaints_org_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaints_org_received"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaints_org_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaints_org_request"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaints_status_received"`);
    await queryRunner.query(`DROP TABLE "complaints"`);
    await queryRunner.query(`DROP SEQUENCE "complaint_code_seq"`);
  }
}
