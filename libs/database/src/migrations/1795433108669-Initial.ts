import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795433108669 implements MigrationInterface {
  name = 'Initial1795433108669';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Request codes (SR + local date + number) draw from one sequence: unique without a per-org lock.
    await queryRunner.query(`CREATE SEQUENCE "service_request_code_seq"`);
    await queryRunner.query(`CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "credit_code" character varying(18), "time_zone" character varying(64) NOT NULL DEFAULT 'Asia/Shanghai', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organisations_code" ON "organisations"  ("code") `);
    await queryRunner.query(`CREATE TABLE "customers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "name" character varying(64) NOT NULL, "phone" character varying(32) NOT NULL, "address" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_133ec679a801fab5e070f73d3ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_customers_org_phone" ON "customers"  ("org_id", "phone") `);
    await queryRunner.query(`CREATE TABLE "regions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, CONSTRAINT "PK_4fcd12ed6a046276e2deb08801c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_regions_org_code" ON "regions"  ("org_id", "code") `);
    await queryRunner.query(`CREATE TABLE "outlets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "region_id" uuid, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "kind" character varying(16) NOT NULL, "city" character varying(64) NOT NULL, "address" character varying(200), "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_4f218ad1778c5c01d7bf77bab02" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_outlets_org_code" ON "outlets"  ("org_id", "code") `);
    await queryRunner.query(`CREATE TABLE "products" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "model" character varying(64) NOT NULL, "name" character varying(100) NOT NULL, "category" character varying(64) NOT NULL, "warranty_months" integer NOT NULL DEFAULT '12', "hazardous" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_products_org_model" ON "products"  ("org_id", "model") `);
    await queryRunner.query(`CREATE TABLE "product_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "product_id" uuid NOT NULL, "customer_id" uuid, "serial_no" character varying(64) NOT NULL, "purchase_date" date, "warranty_end" date, CONSTRAINT "PK_d26a9abe8b38cdd765716265977" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_product_units_org_serial" ON "product_units"  ("org_id", "serial_no") `);
    await queryRunner.query(`CREATE TABLE "service_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "type" character varying(20) NOT NULL, "channel" character varying(16) NOT NULL, "priority" character varying(8) NOT NULL, "status" character varying(16) NOT NULL, "customer_id" uuid NOT NULL, "product_id" uuid NOT NULL, "unit_id" uuid, "outlet_id" uuid NOT NULL, "fault_description" text, "warranty_status" character varying(16) NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "reopen_count" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ee60bcd826b7e130bfbd97daf66" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_service_requests_org_status" ON "service_requests"  ("org_id", "status") `);
    await queryRunner.query(`CREATE INDEX "ix_service_requests_org_outlet_reported" ON "service_requests"  ("org_id", "outlet_id", "reported_at") `);
    await queryRunner.query(`CREATE INDEX "ix_service_requests_org_reported" ON "service_requests"  ("org_id", "reported_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_service_requests_org_code" ON "service_requests"  ("org_id", "code") `);
    await queryRunner.query(`CREATE TABLE "staff" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "login" character varying(64) NOT NULL, "name" character varying(64) NOT NULL, "role" character varying(16) NOT NULL, "phone" character varying(32), "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4ee98bb552756c180aec1e854a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_staff_org_login" ON "staff"  ("org_id", "login") `);
    await queryRunner.query(`CREATE TABLE "service_request_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "org_id" uuid NOT NULL, "request_id" uuid NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "note" text, CONSTRAINT "PK_a8ee3b3f3b5d9171c2499212c5c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_service_request_events_request" ON "service_request_events"  ("org_id", "request_id", "at") `);
    await queryRunner.query(`CREATE TABLE "staff_outlets" ("staff_id" uuid NOT NULL, "outlet_id" uuid NOT NULL, "org_id" uuid NOT NULL, CONSTRAINT "PK_942cfe49bb969c4e157bd563c28" PRIMARY KEY ("staff_id", "outlet_id"))`);
    await queryRunner.query(`ALTER TABLE "customers" ADD CONSTRAINT "fk_customers_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "regions" ADD CONSTRAINT "fk_regions_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outlets" ADD CONSTRAINT "fk_outlets_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outlets" ADD CONSTRAINT "fk_outlets_region" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "products" ADD CONSTRAINT "fk_products_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_units" ADD CONSTRAINT "fk_product_units_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_units" ADD CONSTRAINT "fk_product_units_product" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_units" ADD CONSTRAINT "fk_product_units_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_product" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_unit" FOREIGN KEY ("unit_id") REFERENCES "product_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_outlet" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff" ADD CONSTRAINT "fk_staff_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_request_events" ADD CONSTRAINT "fk_service_request_events_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_request_events" ADD CONSTRAINT "fk_service_request_events_request" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_request_events" ADD CONSTRAINT "fk_service_request_events_actor" FOREIGN KEY ("actor_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_outlets" ADD CONSTRAINT "fk_staff_outlets_org" FOREIGN KEY ("org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_outlets" ADD CONSTRAINT "fk_staff_outlets_staff" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_outlets" ADD CONSTRAINT "fk_staff_outlets_outlet" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_outlets" DROP CONSTRAINT "fk_staff_outlets_outlet"`);
    await queryRunner.query(`ALTER TABLE "staff_outlets" DROP CONSTRAINT "fk_staff_outlets_staff"`);
    await queryRunner.query(`ALTER TABLE "staff_outlets" DROP CONSTRAINT "fk_staff_outlets_org"`);
    await queryRunner.query(`ALTER TABLE "service_request_events" DROP CONSTRAINT "fk_service_request_events_actor"`);
    await queryRunner.query(`ALTER TABLE "service_request_events" DROP CONSTRAINT "fk_service_request_events_request"`);
    await queryRunner.query(`ALTER TABLE "service_request_events" DROP CONSTRAINT "fk_service_request_events_org"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP CONSTRAINT "fk_staff_org"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_outlet"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_unit"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_product"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_customer"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_org"`);
    await queryRunner.query(`ALTER TABLE "product_units" DROP CONSTRAINT "fk_product_units_customer"`);
    await queryRunner.query(`ALTER TABLE "product_units" DROP CONSTRAINT "fk_product_units_product"`);
    await queryRunner.query(`ALTER TABLE "product_units" DROP CONSTRAINT "fk_product_units_org"`);
    await queryRunner.query(`ALTER TABLE "products" DROP CONSTRAINT "fk_products_org"`);
    await queryRunner.query(`ALTER TABLE "outlets" DROP CONSTRAINT "fk_outlets_region"`);
    await queryRunner.query(`ALTER TABLE "outlets" DROP CONSTRAINT "fk_outlets_org"`);
    await queryRunner.query(`ALTER TABLE "regions" DROP CONSTRAINT "fk_regions_org"`);
    await queryRunner.query(`ALTER TABLE "customers" DROP CONSTRAINT "fk_customers_org"`);
    await queryRunner.query(`DROP TABLE "staff_outlets"`);
    await queryRunner.query(`DROP INDEX "public"."ix_service_request_events_request"`);
    await queryRunner.query(`DROP TABLE "service_request_events"`);
    await queryRunner.query(`DROP INDEX "public"."uq_staff_org_login"`);
    await queryRunner.query(`DROP TABLE "staff"`);
    await queryRunner.query(`DROP INDEX "public"."uq_service_requests_org_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_service_requests_org_reported"`);
    await queryRunner.query(`DROP INDEX "public"."ix_service_requests_org_outlet_reported"`);
    await queryRunner.query(`DROP INDEX "public"."ix_service_requests_org_status"`);
    await queryRunner.query(`DROP TABLE "service_requests"`);
    await queryRunner.query(`DROP INDEX "public"."uq_product_units_org_serial"`);
    await queryRunner.query(`DROP TABLE "product_units"`);
    await queryRunner.query(`DROP INDEX "public"."uq_products_org_model"`);
    await queryRunner.query(`DROP TABLE "products"`);
    await queryRunner.query(`DROP INDEX "public"."uq_outlets_org_code"`);
    await queryRunner.query(`DROP TABLE "outlets"`);
    await queryRunner.query(`DROP INDEX "public"."uq_regions_org_code"`);
    await queryRunner.query(`DROP TABLE "regions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_customers_org_phone"`);
    await queryRunner.query(`DROP TABLE "customers"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organisations_code"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP SEQUENCE "service_request_code_seq"`);
  }
}
