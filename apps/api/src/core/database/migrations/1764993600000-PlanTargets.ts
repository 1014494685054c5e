import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Targets administrators set on the statistics dashboard; a key without a row uses its default. */
export class PlanTargets1764993600000 implements MigrationInterface {
  name = 'PlanTargets1764993600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "plan_targets" (
        "key" character varying(40) NOT NULL,
        "target" integer NOT NULL,
        "updated_by" uuid,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_plan_targets_target" CHECK ("target" >= 0),
        CONSTRAINT "PK_plan_targets" PRIMARY KEY ("key")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "plan_targets"`);
  }
}
