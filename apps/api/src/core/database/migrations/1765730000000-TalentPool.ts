import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 人才共享数据库: people's talent profiles (with the consent they gave: version, scopes, time), the talent
 * needs organisations post, the people matched to each need, and contact through the platform. Everything
 * about a person hangs off their profile with ON DELETE CASCADE, so that withdrawing deletes it all at once.
 */
export class TalentPool1765730000000 implements MigrationInterface {
  name = 'TalentPool1765730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "talent_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "title" character varying(60), "specialties" character varying(40) array NOT NULL, "sectors" character varying(24) array NOT NULL, "availability" character varying(16) array NOT NULL, "region_code" character(6) NOT NULL, "summary" text, "consent_version" character varying(20) NOT NULL, "consent_scopes" character varying(40) array NOT NULL, "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_talent_profiles" PRIMARY KEY ("id"), CONSTRAINT "UQ_talent_profiles_user" UNIQUE ("user_id"), CONSTRAINT "FK_talent_profiles_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE TABLE "talent_needs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by" uuid, "title" character varying(100) NOT NULL, "description" text NOT NULL DEFAULT '', "specialties" character varying(40) array NOT NULL, "sectors" character varying(24) array NOT NULL, "availability" character varying(16) array NOT NULL, "region_code" character(6), "matching_status" character varying(8) NOT NULL DEFAULT 'PENDING', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_talent_needs" PRIMARY KEY ("id"), CONSTRAINT "CHK_talent_needs_matching_status" CHECK ("matching_status" IN ('PENDING', 'READY')), CONSTRAINT "FK_talent_needs_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE, CONSTRAINT "FK_talent_needs_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_talent_needs_organization" ON "talent_needs" ("organization_id", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "talent_need_matches" ("need_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "score" real NOT NULL, "components" jsonb NOT NULL, "matched_terms" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "seen_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_talent_need_matches" PRIMARY KEY ("need_id", "profile_id"), CONSTRAINT "FK_talent_need_matches_need" FOREIGN KEY ("need_id") REFERENCES "talent_needs"("id") ON DELETE CASCADE, CONSTRAINT "FK_talent_need_matches_profile" FOREIGN KEY ("profile_id") REFERENCES "talent_profiles"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_talent_need_matches_profile" ON "talent_need_matches" ("profile_id", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "talent_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_talent_contacts" PRIMARY KEY ("id"), CONSTRAINT "UQ_talent_contacts_profile_organization" UNIQUE ("profile_id", "organization_id"), CONSTRAINT "FK_talent_contacts_profile" FOREIGN KEY ("profile_id") REFERENCES "talent_profiles"("id") ON DELETE CASCADE, CONSTRAINT "FK_talent_contacts_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE, CONSTRAINT "FK_talent_contacts_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_talent_contacts_organization" ON "talent_contacts" ("organization_id", "last_message_at")`);
    await queryRunner.query(
      `CREATE TABLE "talent_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contact_id" uuid NOT NULL, "side" character varying(12) NOT NULL, "sender_user_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_talent_messages" PRIMARY KEY ("id"), CONSTRAINT "CHK_talent_messages_side" CHECK ("side" IN ('ORGANIZATION', 'PERSON')), CONSTRAINT "FK_talent_messages_contact" FOREIGN KEY ("contact_id") REFERENCES "talent_contacts"("id") ON DELETE CASCADE, CONSTRAINT "FK_talent_messages_sender" FOREIGN KEY ("sender_user_id") REFERENCES "users"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_talent_messages_contact" ON "talent_messages" ("contact_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "talent_messages"`);
    await queryRunner.query(`DROP TABLE "talent_contacts"`);
    await queryRunner.query(`DROP TABLE "talent_need_matches"`);
    await queryRunner.query(`DROP TABLE "talent_needs"`);
    await queryRunner.query(`DROP TABLE "talent_profiles"`);
  }
}
