import { MigrationInterface, QueryRunner } from 'typeorm';

export class DemandsAndMatching1764734400000 implements MigrationInterface {
  name = 'DemandsAndMatching1764734400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "demands" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "organization_id" uuid NOT NULL,
                "created_by" uuid NOT NULL,
                "status" character varying(12) NOT NULL DEFAULT 'DRAFT',
                "version" integer NOT NULL DEFAULT '0',
                "title" character varying(100) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "sectors" character varying(24) array NOT NULL DEFAULT '{}',
                "required_qualifications" jsonb NOT NULL DEFAULT '[]',
                "quantity" character varying(100),
                "budget_min" numeric(15, 2),
                "budget_max" numeric(15, 2),
                "delivery_place" character varying(200),
                "region_code" character(6),
                "deadline" date,
                "visibility" character varying(20) NOT NULL DEFAULT 'PUBLIC',
                "matching_status" character varying(8) NOT NULL DEFAULT 'PENDING',
                "matched_version" integer NOT NULL DEFAULT '0',
                "matched_at" TIMESTAMP WITH TIME ZONE,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "status_reason" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_demands_matching_status" CHECK ("matching_status" IN ('PENDING', 'READY')),
                CONSTRAINT "CHK_demands_visibility" CHECK (
                    "visibility" IN ('PUBLIC', 'VERIFIED_SUPPLIERS', 'INVITED')
                ),
                CONSTRAINT "CHK_demands_status" CHECK (
                    "status" IN (
                        'DRAFT',
                        'PUBLISHED',
                        'CLOSED',
                        'CANCELLED',
                        'AWARDED'
                    )
                ),
                CONSTRAINT "PK_d63565b0747a0cfc73e319bfc03" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_demands_status_deadline" ON "demands" ("status", "deadline")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_demands_organization_created" ON "demands" ("organization_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "demand_versions" (
                "demand_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "content" jsonb NOT NULL,
                "published_by" uuid NOT NULL,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_7d2b20943b8371f24f419c0dfb8" PRIMARY KEY ("demand_id", "version")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "matches" (
                "demand_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "eligible" boolean NOT NULL,
                "score" real NOT NULL,
                "explanation" jsonb NOT NULL,
                "demand_version" integer NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_e82efc483342da8f544ed38f94d" PRIMARY KEY ("demand_id", "organization_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_matches_organization" ON "matches" ("organization_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_matches_demand_score" ON "matches" ("demand_id", "score")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox_events" (
                "id" BIGSERIAL NOT NULL,
                "job_name" character varying(60) NOT NULL,
                "payload" jsonb NOT NULL,
                "dedup_key" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "dispatched_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_outbox_events_pending" ON "outbox_events" ("id")
            WHERE "dispatched_at" IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_outbox_events_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_matches_demand_score"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_matches_organization"
        `);
    await queryRunner.query(`
            DROP TABLE "matches"
        `);
    await queryRunner.query(`
            DROP TABLE "demand_versions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_demands_organization_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_demands_status_deadline"
        `);
    await queryRunner.query(`
            DROP TABLE "demands"
        `);
  }
}
