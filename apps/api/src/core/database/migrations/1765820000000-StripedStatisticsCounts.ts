import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's counters striped by database session (`shard` = backend pid mod 16). One row per
 * (dimension, key) was one hot row: publishing a demand and recording its matching both add to this
 * month's `demand_published` / `demand_matched`, and each transaction held that row's lock until it
 * committed, so matching jobs and publishes ran one at a time behind it (measured 2026-12-06 at 10⁵ firms,
 * 50 demands published at once: the `matching_status = 'READY'` update waited 1.9 s at the median, 22 s at
 * worst). A session always writes the same stripe, so one transaction's keys are still taken in order
 * (no deadlock); readers sum the stripes.
 */
export class StripedStatisticsCounts1765820000000 implements MigrationInterface {
  name = 'StripedStatisticsCounts1765820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statistics_counts" ADD "shard" smallint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "statistics_counts" DROP CONSTRAINT "PK_statistics_counts"`);
    await queryRunner.query(`ALTER TABLE "statistics_counts" ADD CONSTRAINT "PK_statistics_counts" PRIMARY KEY ("dimension", "key", "shard")`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "add_statistics_counts"("dimensions" text[], "keys" text[], "deltas" int[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO "statistics_counts" AS c ("dimension", "key", "shard", "count")
        SELECT t."dimension", t."key", (pg_backend_pid() % 16)::smallint, sum(t."delta")::int
          FROM unnest("dimensions", "keys", "deltas") AS t("dimension", "key", "delta")
         GROUP BY 1, 2 HAVING sum(t."delta") <> 0 ORDER BY 1, 2
        ON CONFLICT ("dimension", "key", "shard") DO UPDATE SET "count" = c."count" + EXCLUDED."count"
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "add_statistics_counts"("dimensions" text[], "keys" text[], "deltas" int[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO "statistics_counts" AS c ("dimension", "key", "count")
        SELECT t."dimension", t."key", sum(t."delta")::int FROM unnest("dimensions", "keys", "deltas") AS t("dimension", "key", "delta")
         GROUP BY 1, 2 HAVING sum(t."delta") <> 0 ORDER BY 1, 2
        ON CONFLICT ("dimension", "key") DO UPDATE SET "count" = c."count" + EXCLUDED."count"
      $$`);
    await queryRunner.query(`
      CREATE TEMPORARY TABLE "summed_counts" ON COMMIT DROP AS
        SELECT "dimension", "key", sum("count")::int AS "count" FROM "statistics_counts" GROUP BY 1, 2`);
    await queryRunner.query(`DELETE FROM "statistics_counts"`);
    await queryRunner.query(`ALTER TABLE "statistics_counts" DROP CONSTRAINT "PK_statistics_counts"`);
    await queryRunner.query(`ALTER TABLE "statistics_counts" DROP COLUMN "shard"`);
    await queryRunner.query(`ALTER TABLE "statistics_counts" ADD CONSTRAINT "PK_statistics_counts" PRIMARY KEY ("dimension", "key")`);
    await queryRunner.query(`INSERT INTO "statistics_counts" ("dimension", "key", "count") SELECT "dimension", "key", "count" FROM "summed_counts"`);
  }
}
