import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EnterpriseProfiles1764475200000 implements MigrationInterface {
  name = 'EnterpriseProfiles1764475200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "enterprise_profiles" (
        "organization_id" uuid NOT NULL,
        "draft" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "draft_updated_at" timestamptz,
        "published" jsonb,
        "published_version" integer NOT NULL DEFAULT 0,
        "published_at" timestamptz,
        "last_confirmed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_enterprise_profiles" PRIMARY KEY ("organization_id"),
        CONSTRAINT "FK_enterprise_profiles_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "enterprise_profile_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "content" jsonb NOT NULL,
        "published_by" uuid NOT NULL,
        "published_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_enterprise_profile_versions" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_enterprise_profile_versions" ON "enterprise_profile_versions" ("organization_id", "version")`);
    await queryRunner.query(`
      CREATE TABLE "qualifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "type" varchar(24) NOT NULL,
        "level" smallint,
        "other_name" varchar(100),
        "certificate_no" varchar(100) NOT NULL,
        "issuer" varchar(200) NOT NULL,
        "issued_on" date NOT NULL,
        "expires_on" date NOT NULL,
        "scope" text,
        "status" varchar(10) NOT NULL DEFAULT 'PENDING',
        "status_reason" varchar(500),
        "decided_by" uuid,
        "decided_at" timestamptz,
        "file_sha256" char(64) NOT NULL,
        "file_kind" varchar(8) NOT NULL,
        "file_size" integer NOT NULL,
        "file_name" varchar(255) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_qualifications" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_qualifications_status" CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED', 'EXPIRED')),
        CONSTRAINT "CHK_qualifications_level" CHECK ("level" IS NULL OR "level" BETWEEN 1 AND 3)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_qualifications_organization" ON "qualifications" ("organization_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_qualifications_status_created" ON "qualifications" ("status", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "qualifications"`);
    await queryRunner.query(`DROP TABLE "enterprise_profile_versions"`);
    await queryRunner.query(`DROP TABLE "enterprise_profiles"`);
  }
}
