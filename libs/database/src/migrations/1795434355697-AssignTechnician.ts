import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssignTechnician1795434355697 implements MigrationInterface {
  name = 'AssignTechnician1795434355697';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_requests" ADD "technician_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_service_requests_org_technician" ON "service_requests"  ("org_id", "technician_id") `);
    await queryRunner.query(`ALTER TABLE "service_requests" ADD CONSTRAINT "fk_service_requests_technician" FOREIGN KEY ("technician_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "fk_service_requests_technician"`);
    await queryRunner.query(`DROP INDEX "public"."ix_service_requests_org_technician"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP COLUMN "technician_id"`);
  }
}
