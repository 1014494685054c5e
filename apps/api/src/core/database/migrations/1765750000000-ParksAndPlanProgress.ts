import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bases-and-parks registry (“两基地、三区、多点”, 示范基地, innovation platforms), and what the plan's
 * targets are measured by: yearly figures administrators record, firms' private yearly revenue and R&D
 * spend, and the 隐形冠军 recognition administrators set on firms. A firm names its park in its profile
 * (`parkId` in the profile's JSON), indexed for the park's list of organisations.
 */
export class ParksAndPlanProgress1765750000000 implements MigrationInterface {
  name = 'ParksAndPlanProgress1765750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "parks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "kind" character varying(16) NOT NULL, "region_codes" character varying(6)[] NOT NULL, "sectors" character varying(32)[] NOT NULL, "description" text NOT NULL, "designation" character varying(100), "mcf_demonstration_level" character varying(16), "recognized_year" integer, "sources" jsonb NOT NULL DEFAULT '[]', "is_demo" boolean NOT NULL DEFAULT false, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_parks" PRIMARY KEY ("id"), CONSTRAINT "UQ_parks_name" UNIQUE ("name"), CONSTRAINT "CHK_parks_kind" CHECK ("kind" IN ('BASE', 'ZONE', 'POINT', 'PARK', 'PLATFORM')), CONSTRAINT "CHK_parks_level" CHECK ("mcf_demonstration_level" IS NULL OR "mcf_demonstration_level" IN ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL')), CONSTRAINT "FK_parks_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_parks_kind" ON "parks" ("kind", "name")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprise_profiles_park" ON "enterprise_profiles" (("published"->>'parkId')) WHERE "published"->>'parkId' IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_figures" ("plan_version" character varying(64) NOT NULL, "key" character varying(48) NOT NULL, "year" integer NOT NULL, "value" numeric(14,4) NOT NULL, "note" character varying(500), "is_demo" boolean NOT NULL DEFAULT false, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_plan_figures" PRIMARY KEY ("plan_version", "key", "year"), CONSTRAINT "CHK_plan_figures_value" CHECK ("value" >= 0), CONSTRAINT "FK_plan_figures_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "financial_reports" ("organization_id" uuid NOT NULL, "year" integer NOT NULL, "revenue" numeric(14,2) NOT NULL, "rd_spend" numeric(14,2) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_financial_reports" PRIMARY KEY ("organization_id", "year"), CONSTRAINT "CHK_financial_reports_amounts" CHECK ("revenue" >= 0 AND "rd_spend" >= 0), CONSTRAINT "FK_financial_reports_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_financial_reports_year" ON "financial_reports" ("year")`);
    await queryRunner.query(
      `CREATE TABLE "hidden_champions" ("organization_id" uuid NOT NULL, "recognized_year" integer NOT NULL, "niche" character varying(100) NOT NULL, "set_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_hidden_champions" PRIMARY KEY ("organization_id"), CONSTRAINT "FK_hidden_champions_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE, CONSTRAINT "FK_hidden_champions_set_by" FOREIGN KEY ("set_by") REFERENCES "users"("id") ON DELETE SET NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "hidden_champions"`);
    await queryRunner.query(`DROP TABLE "financial_reports"`);
    await queryRunner.query(`DROP TABLE "plan_figures"`);
    await queryRunner.query(`DROP INDEX "IDX_enterprise_profiles_park"`);
    await queryRunner.query(`DROP TABLE "parks"`);
  }
}
