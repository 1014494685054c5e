import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnterpriseFacts, ProfileFeatures } from '@mcf/domain';
import type { DataSource } from 'typeorm';

/** A firm's stored features, and the facts its hard constraints and score read. */
export interface StoredFeatures {
  organizationId: string;
  features: ProfileFeatures;
  facts: EnterpriseFacts;
  vocabularyVersion: string;
}

/**
 * When a firm's stored features last changed (its row's updated_at, exact), for caches to compare;
 * `removed`: the row is a tombstone (the firm stopped being searchable at that moment).
 */
export interface FeatureStamp {
  organizationId: string;
  stamp: string;
  vocabularyVersion: string;
  removed: boolean;
}

interface FeatureRow {
  organization_id: string;
  stamp: string;
  vocabulary_version: string;
  features: ProfileFeatures;
  facts: EnterpriseFacts;
}

/** Turns the rows a WHERE clause picks into tombstones (see MatchFeaturesRepository). */
const TOMBSTONE = `UPDATE "enterprise_match_features" SET "facts" = NULL, "features" = '{}'::jsonb, "updated_at" = clock_timestamp()`;

const storedFeatures = (row: FeatureRow): StoredFeatures & { stamp: string } => ({
  organizationId: row.organization_id,
  stamp: row.stamp,
  features: row.features,
  facts: row.facts,
  vocabularyVersion: row.vocabulary_version,
});

/**
 * Each firm's matching features and the facts its hard constraints read (enterprise_match_features), with
 * when they last changed; matching workers hold them in memory and count document frequencies there.
 *
 * A firm that stops being searchable keeps its row as a tombstone (`facts` NULL, `features` empty, a new
 * `updated_at`) instead of losing it, so that a worker catching up with the rows changed since its last
 * look sees the removal too: a deleted row would leave no trace to catch. Every read of features skips
 * tombstones; storing the firm again revives the row. Organisations are never deleted (a deleted one
 * takes its row with it, ON DELETE CASCADE).
 */
@Injectable()
export class MatchFeaturesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores a firm's features, or removes them (null: the firm is not searchable; a tombstone). */
  async replace(
    organizationId: string,
    stored: Pick<StoredFeatures, 'features' | 'facts'> | null,
    vocabularyVersion: string,
  ): Promise<void> {
    if (stored === null) {
      await this.dataSource.query(`${TOMBSTONE} WHERE "organization_id" = $1 AND "facts" IS NOT NULL`, [organizationId]);
      return;
    }
    await this.storeMany([{ organizationId, ...stored, vocabularyVersion }]);
  }

  /** Stores many firms' features at once, sent as one JSON document (see MatchesRepository.upsert). */
  async storeMany(rows: readonly StoredFeatures[]): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO "enterprise_match_features" ("organization_id", "features", "facts", "vocabulary_version", "updated_at")
       SELECT f."organizationId", f."features", f."facts", f."vocabularyVersion", clock_timestamp()
         FROM jsonb_to_recordset($1::jsonb) AS f("organizationId" uuid, "features" jsonb, "facts" jsonb, "vocabularyVersion" text)
       ON CONFLICT ("organization_id") DO UPDATE SET "features" = EXCLUDED."features", "facts" = EXCLUDED."facts",
         "vocabulary_version" = EXCLUDED."vocabulary_version", "updated_at" = clock_timestamp()`,
      [JSON.stringify(rows)],
    );
  }

  /** Removes the features of every firm not in `keep` (after a full rebuild), leaving tombstones. */
  async keepOnly(keep: readonly string[]): Promise<void> {
    await this.dataSource.query(`${TOMBSTONE} WHERE NOT ("organization_id" = ANY($1::uuid[])) AND "facts" IS NOT NULL`, [
      keep,
    ]);
  }

  /** Firms' stored features in order of their ids, after `after` (keyset paging for a full load). */
  async loadPage(after: string | null, limit: number): Promise<(StoredFeatures & { stamp: string })[]> {
    const rows = (await this.dataSource.query(
      `SELECT "organization_id", "updated_at"::text AS "stamp", "vocabulary_version", "features", "facts"
         FROM "enterprise_match_features"
        WHERE "facts" IS NOT NULL AND ($1::uuid IS NULL OR "organization_id" > $1::uuid)
        ORDER BY "organization_id" LIMIT $2`,
      [after, limit],
    )) as FeatureRow[];
    return rows.map(storedFeatures);
  }

  /**
   * The database's clock now: where a reader that loads everything starts catching up from (see
   * changedSince).
   */
  async clock(): Promise<string> {
    const [row] = (await this.dataSource.query(`SELECT statement_timestamp()::text AS "now"`)) as { now: string }[];
    if (!row) throw new Error('PostgreSQL answered no clock');
    return row.now;
  }

  /**
   * The stamps of the rows changed since a reader's previous look, tombstones included, and the database's
   * clock at this look (`readAt`), which the next look passes as `since`.
   *
   * A row's stamp is the writer's clock when it wrote the row, and its transaction commits a little later:
   * a row stamped just before a look may commit just after it. So each look reaches `overlapSeconds` before
   * the previous look's clock (not before the newest stamp seen: after a bulk rebuild that re-read the
   * rebuild's last seconds, 29,000 rows at 10⁵ firms, at every look until some firm changed again), and
   * the reader compares stamps to skip what it holds.
   */
  async changedSince(since: string, overlapSeconds: number): Promise<{ readAt: string; changed: FeatureStamp[] }> {
    const rows = (await this.dataSource.query(
      `SELECT statement_timestamp()::text AS "read_at", f."organization_id", f."updated_at"::text AS "stamp",
              f."vocabulary_version", f."facts" IS NULL AS "removed"
         FROM (VALUES (1)) AS look (one)
         LEFT JOIN "enterprise_match_features" f ON f."updated_at" >= $1::timestamptz - make_interval(secs => $2)`,
      [since, overlapSeconds],
    )) as {
      read_at: string;
      organization_id: string | null;
      stamp: string;
      vocabulary_version: string;
      removed: boolean;
    }[];
    const readAt = rows[0]?.read_at;
    if (readAt === undefined) throw new Error('PostgreSQL answered no clock');
    return {
      readAt,
      changed: rows.flatMap((row) =>
        row.organization_id === null
          ? []
          : [
              {
                organizationId: row.organization_id,
                stamp: row.stamp,
                vocabularyVersion: row.vocabulary_version,
                removed: row.removed,
              },
            ],
      ),
    };
  }

  /**
   * The stored features and facts of these firms, with their stamps. Whole: picking a demand's few hundred
   * keys out of each row in PostgreSQL (jsonb_object_agg over the keys) cost more than sending the rows.
   */
  async load(organizationIds: readonly string[]): Promise<(StoredFeatures & { stamp: string })[]> {
    if (organizationIds.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT "organization_id", "updated_at"::text AS "stamp", "vocabulary_version", "features", "facts"
         FROM "enterprise_match_features" WHERE "organization_id" = ANY($1::uuid[]) AND "facts" IS NOT NULL`,
      [[...new Set(organizationIds)]],
    )) as FeatureRow[];
    return rows.map(storedFeatures);
  }

}
