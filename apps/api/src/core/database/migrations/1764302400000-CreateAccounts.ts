import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1764302400000 implements MigrationInterface {
  name = 'CreateAccounts1764302400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "organizations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" varchar(16) NOT NULL,
        "name" varchar(200) NOT NULL,
        "credit_code" char(18) NOT NULL,
        "region_code" char(6) NOT NULL,
        "status" varchar(24) NOT NULL DEFAULT 'PENDING_VERIFICATION',
        "is_demo" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_organizations" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_organizations_credit_code" UNIQUE ("credit_code"),
        CONSTRAINT "CHK_organizations_kind" CHECK ("kind" IN ('ENTERPRISE', 'PROCURER')),
        CONSTRAINT "CHK_organizations_status" CHECK ("status" IN ('PENDING_VERIFICATION', 'VERIFIED', 'REJECTED', 'SUSPENDED'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" varchar(254) NOT NULL,
        "display_name" varchar(100) NOT NULL,
        "password_hash" varchar(255) NOT NULL,
        "platform_role" varchar(8) NOT NULL DEFAULT 'USER',
        "organization_id" uuid,
        "membership_role" varchar(8),
        "disabled_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_users" PRIMARY KEY ("id"),
        CONSTRAINT "FK_users_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "CHK_users_platform_role" CHECK ("platform_role" IN ('USER', 'ADMIN')),
        CONSTRAINT "CHK_users_membership_role" CHECK ("membership_role" IS NULL OR "membership_role" IN ('OWNER', 'MEMBER'))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")`);
    await queryRunner.query(`CREATE INDEX "IDX_users_organization" ON "users" ("organization_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
  }
}
