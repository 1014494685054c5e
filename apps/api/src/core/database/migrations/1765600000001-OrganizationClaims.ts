import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claims of organisations that were imported or loaded as demo data and have no member yet: the claimant's
 * details, password hash and business-licence scan wait here for an administrator's decision.
 */
export class OrganizationClaims1765600000001 implements MigrationInterface {
  name = 'OrganizationClaims1765600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organization_claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "claimant_name" character varying(100) NOT NULL, "claimant_email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "licence_sha256" character(64) NOT NULL, "licence_kind" character varying(8) NOT NULL, "licence_size" integer NOT NULL, "licence_name" character varying(255) NOT NULL, "reason" character varying(500), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_organization_claims" PRIMARY KEY ("id"), CONSTRAINT "CHK_organization_claims_status" CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED')), CONSTRAINT "FK_organization_claims_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE, CONSTRAINT "FK_organization_claims_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL, CONSTRAINT "FK_organization_claims_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_organization_claims_pending_email" ON "organization_claims" ("claimant_email") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organization_claims_status" ON "organization_claims" ("status", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organization_claims_organization" ON "organization_claims" ("organization_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "organization_claims"`);
  }
}
