import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching workers keep every firm's features in memory, count document frequencies there, and before each
 * demand read the rows changed since they last looked. So: an index on when a row changed (that read stays
 * small at 10⁵ firms), and no stored counts (match_feature_frequencies cost ~200 upserts per profile change
 * and nothing reads them any more).
 */
export class MatchFeaturesInMemory1765690000000 implements MigrationInterface {
  name = 'MatchFeaturesInMemory1765690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprise_match_features_updated_at" ON "enterprise_match_features" ("updated_at")`,
    );
    await queryRunner.query(`DROP TABLE "match_feature_frequencies"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_feature_frequencies" ("key" text NOT NULL, "documents" integer NOT NULL, CONSTRAINT "PK_match_feature_frequencies" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "match_feature_frequencies" ("key", "documents")
       SELECT k, count(*) FROM "enterprise_match_features", jsonb_object_keys("features") k GROUP BY k`,
    );
    await queryRunner.query(`DROP INDEX "IDX_enterprise_match_features_updated_at"`);
  }
}
