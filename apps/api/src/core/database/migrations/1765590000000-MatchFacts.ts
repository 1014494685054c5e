import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching reads a candidate's hard-constraint facts (status, certificates, sectors, region, completeness)
 * beside its features, so a demand's candidates are not loaded and parsed whole from their profiles; and
 * the most recently published firms (read in case the index lags) come from an index, not a scan.
 */
export class MatchFacts1765590000000 implements MigrationInterface {
  name = 'MatchFacts1765590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enterprise_match_features" ADD "facts" jsonb`);
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprise_profiles_published_at" ON "enterprise_profiles" ("published_at") WHERE "published" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_enterprise_profiles_published_at"`);
    await queryRunner.query(`ALTER TABLE "enterprise_match_features" DROP COLUMN "facts"`);
  }
}
