import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching at scale: each firm's text features stored when its profile changes (scoring a candidate is
 * then lookups), how many profiles use each feature (document frequency, kept in step with the features),
 * weak matches (eligible firms below the text threshold, shown when nothing passes it) and why a demand
 * found no supplier.
 */
export class MatchFeatures1765425600000 implements MigrationInterface {
  name = 'MatchFeatures1765425600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "enterprise_match_features" ("organization_id" uuid NOT NULL, "features" jsonb NOT NULL, "vocabulary_version" character varying(64) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_enterprise_match_features" PRIMARY KEY ("organization_id"), CONSTRAINT "FK_enterprise_match_features_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE TABLE "match_feature_frequencies" ("key" text NOT NULL, "documents" integer NOT NULL, CONSTRAINT "PK_match_feature_frequencies" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`ALTER TABLE "matches" ADD "weak" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE TABLE "demand_match_diagnostics" ("demand_id" uuid NOT NULL, "demand_version" integer NOT NULL, "diagnostics" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_demand_match_diagnostics" PRIMARY KEY ("demand_id"), CONSTRAINT "FK_demand_match_diagnostics_demand" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "demand_match_diagnostics"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "weak"`);
    await queryRunner.query(`DROP TABLE "match_feature_frequencies"`);
    await queryRunner.query(`DROP TABLE "enterprise_match_features"`);
  }
}
