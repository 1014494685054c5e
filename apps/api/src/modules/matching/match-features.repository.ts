import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnterpriseFacts, FeatureFrequencies, ProfileFeatures } from '@mcf/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** A firm's stored features, and the facts its hard constraints and score read. */
export interface StoredFeatures {
  organizationId: string;
  features: ProfileFeatures;
  facts: EnterpriseFacts;
  vocabularyVersion: string;
}

/** When a firm's stored features last changed (its row's updated_at, exact), for caches to compare. */
export interface FeatureStamp {
  organizationId: string;
  stamp: string;
  vocabularyVersion: string;
}

/**
 * Each firm's matching features (enterprise_match_features) and in how many profiles each feature occurs
 * (match_feature_frequencies). The counts change in the same transaction as the features, key by key, so
 * they never drift; a full rebuild recounts them from the features.
 */
@Injectable()
export class MatchFeaturesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores a firm's features (null: the firm is not searchable) and moves the counts by the difference. */
  async replace(
    organizationId: string,
    stored: Pick<StoredFeatures, 'features' | 'facts'> | null,
    vocabularyVersion: string,
  ): Promise<void> {
    const features = stored?.features ?? null;
    await this.dataSource.transaction(async (manager) => {
      const [old] = (await manager.query(
        `SELECT "features" FROM "enterprise_match_features" WHERE "organization_id" = $1 FOR UPDATE`,
        [organizationId],
      )) as { features: ProfileFeatures }[];
      const before = new Set(Object.keys(old?.features ?? {}));
      const after = new Set(Object.keys(features ?? {}));
      // Sorted, so two transactions touching the same keys lock them in the same order (no deadlock).
      const added = [...after].filter((key) => !before.has(key)).sort();
      const removed = [...before].filter((key) => !after.has(key)).sort();
      await this.count(manager, added, 1);
      await this.count(manager, removed, -1);
      if (features === null) {
        await manager.query(`DELETE FROM "enterprise_match_features" WHERE "organization_id" = $1`, [organizationId]);
        return;
      }
      await manager.query(
        `INSERT INTO "enterprise_match_features" ("organization_id", "features", "facts", "vocabulary_version", "updated_at")
         VALUES ($1, $2, $3, $4, clock_timestamp())
         ON CONFLICT ("organization_id") DO UPDATE SET "features" = EXCLUDED."features", "facts" = EXCLUDED."facts",
           "vocabulary_version" = EXCLUDED."vocabulary_version", "updated_at" = clock_timestamp()`,
        [organizationId, JSON.stringify(features), JSON.stringify(stored?.facts ?? null), vocabularyVersion],
      );
    });
  }

  private async count(manager: EntityManager, keys: string[], delta: 1 | -1): Promise<void> {
    if (keys.length === 0) return;
    if (delta === 1)
      await manager.query(
        `INSERT INTO "match_feature_frequencies" ("key", "documents") SELECT k, 1 FROM unnest($1::text[]) k
         ON CONFLICT ("key") DO UPDATE SET "documents" = "match_feature_frequencies"."documents" + 1`,
        [keys],
      );
    else
      await manager.query(
        `UPDATE "match_feature_frequencies" SET "documents" = "documents" - 1 WHERE "key" = ANY($1::text[])`,
        [keys],
      );
  }

  /** Stores many firms' features at once, without counting (a full rebuild recounts after). */
  async storeMany(rows: readonly StoredFeatures[]): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO "enterprise_match_features" ("organization_id", "features", "facts", "vocabulary_version", "updated_at")
       SELECT f.id, f.features, f.facts, f.version, clock_timestamp()
         FROM unnest($1::uuid[], $2::jsonb[], $3::jsonb[], $4::text[]) AS f(id, features, facts, version)
       ON CONFLICT ("organization_id") DO UPDATE SET "features" = EXCLUDED."features", "facts" = EXCLUDED."facts",
         "vocabulary_version" = EXCLUDED."vocabulary_version", "updated_at" = clock_timestamp()`,
      [
        rows.map((row) => row.organizationId),
        rows.map((row) => JSON.stringify(row.features)),
        rows.map((row) => JSON.stringify(row.facts)),
        rows.map((row) => row.vocabularyVersion),
      ],
    );
  }

  /** Removes the features of firms not in `keep` and recounts every frequency from the stored features. */
  async recount(keepOnly: string[] | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (keepOnly !== null)
        await manager.query(`DELETE FROM "enterprise_match_features" WHERE NOT ("organization_id" = ANY($1::uuid[]))`, [keepOnly]);
      await manager.query(`LOCK TABLE "match_feature_frequencies" IN EXCLUSIVE MODE`);
      await manager.query(`DELETE FROM "match_feature_frequencies"`);
      await manager.query(
        `INSERT INTO "match_feature_frequencies" ("key", "documents")
         SELECT k, count(*) FROM "enterprise_match_features", jsonb_object_keys("features") k GROUP BY k`,
      );
    });
  }

  /** Document frequencies of just these keys, and how many profiles there are. */
  async frequencies(keys: readonly string[]): Promise<FeatureFrequencies> {
    const [total] = (await this.dataSource.query(`SELECT count(*)::int AS "n" FROM "enterprise_match_features"`)) as { n: number }[];
    const rows = (await this.dataSource.query(
      `SELECT "key", "documents" FROM "match_feature_frequencies" WHERE "key" = ANY($1::text[]) AND "documents" > 0`,
      [[...new Set(keys)]],
    )) as { key: string; documents: number }[];
    return { documents: total?.n ?? 0, counts: Object.fromEntries(rows.map((row) => [row.key, row.documents])) };
  }

  /** When each of these firms' stored features (with their facts) last changed; firms without any are left out. */
  async stamps(organizationIds: readonly string[]): Promise<FeatureStamp[]> {
    if (organizationIds.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT "organization_id", "updated_at"::text AS "stamp", "vocabulary_version" FROM "enterprise_match_features"
        WHERE "organization_id" = ANY($1::uuid[]) AND "facts" IS NOT NULL`,
      [[...new Set(organizationIds)]],
    )) as { organization_id: string; stamp: string; vocabulary_version: string }[];
    return rows.map((row) => ({ organizationId: row.organization_id, stamp: row.stamp, vocabularyVersion: row.vocabulary_version }));
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
    )) as { organization_id: string; stamp: string; vocabulary_version: string; features: ProfileFeatures; facts: EnterpriseFacts }[];
    return rows.map((row) => ({
      organizationId: row.organization_id,
      stamp: row.stamp,
      features: row.features,
      facts: row.facts,
      vocabularyVersion: row.vocabulary_version,
    }));
  }

}
