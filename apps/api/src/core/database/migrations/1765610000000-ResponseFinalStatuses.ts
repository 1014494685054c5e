import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A demand closed or cancelled ends every open response with a final status of its own
 * (DEMAND_CLOSED, DEMAND_CANCELLED), longer than the column allowed.
 */
export class ResponseFinalStatuses1765610000000 implements MigrationInterface {
  name = 'ResponseFinalStatuses1765610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "demand_responses" DROP CONSTRAINT "CHK_demand_responses_status"`);
    await queryRunner.query(`ALTER TABLE "demand_responses" ALTER COLUMN "status" TYPE character varying(20)`);
    await queryRunner.query(
      `ALTER TABLE "demand_responses" ADD CONSTRAINT "CHK_demand_responses_status" CHECK ("status" IN ('SUBMITTED', 'DECLINED', 'SHORTLISTED', 'REJECTED', 'WITHDRAWN', 'AWARDED', 'NOT_AWARDED', 'DEMAND_CLOSED', 'DEMAND_CANCELLED'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "demand_responses" DROP CONSTRAINT "CHK_demand_responses_status"`);
    // The final statuses of ended demands have no older equivalent: they read as not awarded.
    await queryRunner.query(
      `UPDATE "demand_responses" SET "status" = 'NOT_AWARDED' WHERE "status" IN ('DEMAND_CLOSED', 'DEMAND_CANCELLED')`,
    );
    await queryRunner.query(`ALTER TABLE "demand_responses" ALTER COLUMN "status" TYPE character varying(12)`);
    await queryRunner.query(
      `ALTER TABLE "demand_responses" ADD CONSTRAINT "CHK_demand_responses_status" CHECK ("status" IN ('SUBMITTED', 'DECLINED', 'SHORTLISTED', 'REJECTED', 'WITHDRAWN', 'AWARDED', 'NOT_AWARDED'))`,
    );
  }
}
