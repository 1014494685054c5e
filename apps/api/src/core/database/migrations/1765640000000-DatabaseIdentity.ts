import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row naming this database for good: its UUID (with the database's name and the cluster's system
 * identifier) derives the default queue prefix, so that two deployments sharing a Redis never take each
 * other's jobs. Only SQL reads it (core/database/database-identity.ts); no entity.
 */
export class DatabaseIdentity1765640000000 implements MigrationInterface {
  name = 'DatabaseIdentity1765640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "database_identity" ("singleton" boolean NOT NULL DEFAULT true, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_database_identity" PRIMARY KEY ("singleton"), CONSTRAINT "CHK_database_identity_singleton" CHECK ("singleton"))`,
    );
    await queryRunner.query(`INSERT INTO "database_identity" DEFAULT VALUES`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "database_identity"`);
  }
}
