import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The project library (重点项目库): key projects with their owner, place, sectors, investment, stage and
 * milestones, and the owners' quarterly progress reports with their review (中期考核 / 后评估).
 */
export class ProjectLibrary1765740000000 implements MigrationInterface {
  name = 'ProjectLibrary1765740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "owner_organization_id" uuid, "owner_name" character varying(200), "region_code" character(6), "sectors" character varying(24) array NOT NULL DEFAULT '{}', "investment_total" numeric(15,2), "investment_completed" numeric(15,2) NOT NULL DEFAULT 0, "stage" character varying(16) NOT NULL DEFAULT 'PLANNING', "programme" character varying(8), "reporting_from" date, "is_demo" boolean NOT NULL DEFAULT false, "demo_key" character varying(64), "sources" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_projects" PRIMARY KEY ("id"), CONSTRAINT "UQ_projects_demo_key" UNIQUE ("demo_key"), CONSTRAINT "CHK_projects_stage" CHECK ("stage" IN ('PLANNING', 'CONSTRUCTION', 'OPERATION')), CONSTRAINT "FK_projects_owner" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_projects_owner" ON "projects" ("owner_organization_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_projects_updated" ON "projects" ("updated_at", "id")`);
    await queryRunner.query(
      `CREATE TABLE "project_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "planned_date" date NOT NULL, "done_date" date, "position" integer NOT NULL DEFAULT 0, CONSTRAINT "PK_project_milestones" PRIMARY KEY ("id"), CONSTRAINT "FK_project_milestones_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_project_milestones_project" ON "project_milestones" ("project_id", "position")`,
    );
    await queryRunner.query(
      `CREATE TABLE "project_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "period" character varying(8) NOT NULL, "progress" text NOT NULL, "milestones_reached" uuid array NOT NULL DEFAULT '{}', "investment_completed" numeric(15,2), "problems" text, "status" character varying(24) NOT NULL DEFAULT 'SUBMITTED', "filed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "review_kind" character varying(16), "review_reason" character varying(500), "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_project_reports" PRIMARY KEY ("id"), CONSTRAINT "CHK_project_reports_status" CHECK ("status" IN ('SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED')), CONSTRAINT "CHK_project_reports_review_kind" CHECK ("review_kind" IS NULL OR "review_kind" IN ('MIDTERM', 'POST_EVALUATION')), CONSTRAINT "FK_project_reports_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE, CONSTRAINT "FK_project_reports_filed_by" FOREIGN KEY ("filed_by") REFERENCES "users"("id") ON DELETE SET NULL, CONSTRAINT "FK_project_reports_reviewed_by" FOREIGN KEY ("reviewed_by") REFERENCES "users"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_project_reports_live_period" ON "project_reports" ("project_id", "period") WHERE "status" IN ('SUBMITTED', 'ACCEPTED')`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_project_reports_status" ON "project_reports" ("status", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_project_reports_project" ON "project_reports" ("project_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "project_reports"`);
    await queryRunner.query(`DROP TABLE "project_milestones"`);
    await queryRunner.query(`DROP TABLE "projects"`);
  }
}
