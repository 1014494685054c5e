import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Technology offers (成果转化) and the firms matched to them; a conversation may be about an offer
 * instead of a demand (existing threads all keep their demand).
 */
export class TechnologyOffers1765720000001 implements MigrationInterface {
  name = 'TechnologyOffers1765720000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "technology_offers" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "organization_id" uuid NOT NULL,
        "created_by" uuid NOT NULL,
        "status" character varying(16) NOT NULL DEFAULT 'DRAFT',
        "version" integer NOT NULL DEFAULT '0',
        "title" character varying(100) NOT NULL,
        "summary" text NOT NULL DEFAULT '',
        "sectors" character varying(24) array NOT NULL DEFAULT '{}',
        "readiness_level" smallint NOT NULL,
        "transfer_modes" character varying(24) array NOT NULL DEFAULT '{}',
        "direction" character varying(20) NOT NULL,
        "ip_status" character varying(24) NOT NULL DEFAULT 'NONE',
        "patent_numbers" character varying(40) array NOT NULL DEFAULT '{}',
        "applications" character varying(50) array NOT NULL DEFAULT '{}',
        "expected_terms" text NOT NULL DEFAULT '',
        "region_code" character(6),
        "non_classified" boolean NOT NULL DEFAULT false,
        "review_reason" character varying(500),
        "reviewed_by" uuid,
        "reviewed_at" TIMESTAMP WITH TIME ZONE,
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "withdrawn_at" TIMESTAMP WITH TIME ZONE,
        "matching_status" character varying(8),
        "matched_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_technology_offers_status" CHECK ("status" IN ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')),
        CONSTRAINT "CHK_technology_offers_readiness" CHECK ("readiness_level" BETWEEN 1 AND 9),
        CONSTRAINT "CHK_technology_offers_direction" CHECK ("direction" IN ('MILITARY_TO_CIVIL', 'CIVIL_TO_MILITARY')),
        CONSTRAINT "PK_technology_offers" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_technology_offers_organization_created" ON "technology_offers" ("organization_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_technology_offers_status_submitted" ON "technology_offers" ("status", "submitted_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "offer_matches" (
        "offer_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "score" real NOT NULL,
        "text_relevance" real NOT NULL,
        "matched_terms" character varying(100) array NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_offer_matches" PRIMARY KEY ("offer_id", "organization_id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_offer_matches_organization" ON "offer_matches" ("organization_id")`);
    await queryRunner.query(`ALTER TABLE "message_threads" ALTER COLUMN "demand_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "message_threads" ADD "offer_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "message_threads" ADD CONSTRAINT "CHK_message_threads_subject" CHECK (("demand_id" IS NULL) <> ("offer_id" IS NULL))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_message_threads_offer_enterprise" ON "message_threads" ("offer_id", "enterprise_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Conversations about offers go with the offers.
    await queryRunner.query(`DELETE FROM "thread_messages" WHERE "thread_id" IN (SELECT "id" FROM "message_threads" WHERE "offer_id" IS NOT NULL)`);
    await queryRunner.query(`DELETE FROM "message_threads" WHERE "offer_id" IS NOT NULL`);
    await queryRunner.query(`DROP INDEX "UQ_message_threads_offer_enterprise"`);
    await queryRunner.query(`ALTER TABLE "message_threads" DROP CONSTRAINT "CHK_message_threads_subject"`);
    await queryRunner.query(`ALTER TABLE "message_threads" DROP COLUMN "offer_id"`);
    await queryRunner.query(`ALTER TABLE "message_threads" ALTER COLUMN "demand_id" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "offer_matches"`);
    await queryRunner.query(`DROP TABLE "technology_offers"`);
  }
}
