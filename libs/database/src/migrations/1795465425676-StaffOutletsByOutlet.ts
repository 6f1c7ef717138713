import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffOutletsByOutlet1795465425676 implements MigrationInterface {
  name = 'StaffOutletsByOutlet1795465425676';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_staff_outlets_org_outlet" ON "staff_outlets"  ("org_id", "outlet_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_staff_outlets_org_outlet"`);
  }
}
