import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VisitsAndSpareParts1795434835686 implements MigrationInterface {
  name = 'VisitsAndSpareParts1795434835686';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "spare_parts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "part_no" character varying(64) NOT NULL, "name" character varying(100) NOT NULL, "price" numeric(12,2) NOT NULL DEFAULT '0', "unit_cost" numeric(12,2) NOT NULL DEFAULT '0', CONSTRAINT "PK_6fe9b0bb96e021d248731580f1b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_spare_parts_org_part_no" ON "spare_parts"  ("org_id", "part_no") `);
    await queryRunner.query(`CREATE TABLE "part_stock" ("outlet_id" uuid NOT NULL, "part_id" uuid NOT NULL, "org_id" uuid NOT NULL, "quantity" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_part_stock_not_negative" CHECK ("quantity" >= 0), CONSTRAINT "PK_0a511e9b0ad54fdef42b212b486" PRIMARY KEY ("outlet_id", "part_id"))`);
    await queryRunner.query(`CREATE TABLE "visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "request_id" uuid NOT NULL, "seq" integer NOT NULL, "technician_id" uuid NOT NULL, "arrived_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "outcome" character varying(20) NOT NULL, "diagnosis" text, "actions" text, "confirmed_by" character varying(64), "customer_feedback" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b0b322289a41015c6ea4e8bf30" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_visits_org_technician_arrived" ON "visits"  ("org_id", "technician_id", "arrived_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_visits_request_seq" ON "visits"  ("org_id", "request_id", "seq") `);
    await queryRunner.query(`CREATE TABLE "stock_movements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "outlet_id" uuid NOT NULL, "part_id" uuid NOT NULL, "visit_id" uuid, "kind" character varying(16) NOT NULL, "quantity" integer NOT NULL, "unit_cost" numeric(12,2) NOT NULL, "charged_amount" numeric(12,2) NOT NULL DEFAULT '0', "faulty_serial" character varying(64), "replacement_serial" character varying(64), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, CONSTRAINT "PK_57a26b190618550d8e65fb860e7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_stock_movements_visit" ON "stock_movements"  ("org_id", "visit_id") `);
    await queryRunner.query(`CREATE INDEX "ix_stock_movements_org_part_at" ON "stock_movements"  ("org_id", "part_id", "at") `);
    await queryRunner.query(`ALTER TABLE "spare_parts" ADD CONSTRAINT "fk_spare_parts_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "part_stock" ADD CONSTRAINT "fk_part_stock_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "part_stock" ADD CONSTRAINT "fk_part_stock_outlet" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "part_stock" ADD CONSTRAINT "fk_part_stock_part" FOREIGN KEY ("part_id") REFERENCES "spare_parts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "visits" ADD CONSTRAINT "fk_visits_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "visits" ADD CONSTRAINT "fk_visits_request" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "visits" ADD CONSTRAINT "fk_visits_technician" FOREIGN KEY ("technician_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stock_movements" ADD CONSTRAINT "fk_stock_movements_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stock_movements" ADD CONSTRAINT "fk_stock_movements_outlet" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stock_movements" ADD CONSTRAINT "fk_stock_movements_part" FOREIGN KEY ("part_id") REFERENCES "spare_parts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stock_movements" ADD CONSTRAINT "fk_stock_movements_visit" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stock_movements" DROP CONSTRAINT "fk_stock_movements_visit"`);
    await queryRunner.query(`ALTER TABLE "stock_movements" DROP CONSTRAINT "fk_stock_movements_part"`);
    await queryRunner.query(`ALTER TABLE "stock_movements" DROP CONSTRAINT "fk_stock_movements_outlet"`);
    await queryRunner.query(`ALTER TABLE "stock_movements" DROP CONSTRAINT "fk_stock_movements_org"`);
    await queryRunner.query(`ALTER TABLE "visits" DROP CONSTRAINT "fk_visits_technician"`);
    await queryRunner.query(`ALTER TABLE "visits" DROP CONSTRAINT "fk_visits_request"`);
    await queryRunner.query(`ALTER TABLE "visits" DROP CONSTRAINT "fk_visits_org"`);
    await queryRunner.query(`ALTER TABLE "part_stock" DROP CONSTRAINT "fk_part_stock_part"`);
    await queryRunner.query(`ALTER TABLE "part_stock" DROP CONSTRAINT "fk_part_stock_outlet"`);
    await queryRunner.query(`ALTER TABLE "part_stock" DROP CONSTRAINT "fk_part_stock_org"`);
    await queryRunner.query(`ALTER TABLE "spare_parts" DROP CONSTRAINT "fk_spare_parts_org"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stock_movements_org_part_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stock_movements_visit"`);
    await queryRunner.query(`DROP TABLE "stock_movements"`);
    await queryRunner.query(`DROP INDEX "public"."uq_visits_request_seq"`);
    await queryRunner.query(`DROP INDEX "public"."ix_visits_org_technician_arrived"`);
    await queryRunner.query(`DROP TABLE "visits"`);
    await queryRunner.query(`DROP TABLE "part_stock"`);
    await queryRunner.query(`DROP INDEX "public"."uq_spare_parts_org_part_no"`);
    await queryRunner.query(`DROP TABLE "spare_parts"`);
  }
}
