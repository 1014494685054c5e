import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EnterpriseImports1764648000000 implements MigrationInterface {
  name = 'EnterpriseImports1764648000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "enterprise_imports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "status" varchar(10) NOT NULL,
        "started_by" uuid NOT NULL,
        "rows" jsonb NOT NULL,
        "cursor" integer NOT NULL DEFAULT 0,
        "created" integer NOT NULL DEFAULT 0,
        "skipped" jsonb NOT NULL DEFAULT '[]'::jsonb,
        "total_rows" integer NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "finished_at" timestamptz,
        CONSTRAINT "PK_enterprise_imports" PRIMARY KEY ("id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "enterprise_imports"`);
  }
}
