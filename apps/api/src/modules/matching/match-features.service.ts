import { Injectable } from '@nestjs/common';
import {
  type CompactFeatures,
  compactFeatures,
  type CompiledVocabulary,
  demandKeyIds,
  type EnterpriseFacts,
  enterpriseFacts,
  type EnterpriseForMatching,
  FeatureDictionary,
  type FeatureFrequencies,
  profileFeatures,
  type ProfileFeatures,
  projectFeatures,
} from '@mcf/domain';
import { EnterpriseSnapshotsRepository, isSearchable } from '../enterprises/enterprise-snapshots.repository.js';
import { VocabularyService } from '../vocabulary/vocabulary.service.js';
import { MatchFeaturesRepository } from './match-features.repository.js';
import { enterpriseForMatching } from './matching.mappers.js';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';

const FEATURE_BATCH = 500;
/**
 * Firms whose features a matching process keeps in memory (about 1.5 KB each as interned numbers: some
 * 300 MB at this many); beyond it the oldest are dropped and read again when needed.
 */
const CACHED_FIRMS = 200_000;

/** A candidate as scoring reads it: its facts, and its features (at least the keys the demand reads). */
export interface Candidate {
  facts: EnterpriseFacts;
  features: ProfileFeatures;
}

interface CachedFirm {
  stamp: string;
  facts: EnterpriseFacts;
  features: CompactFeatures;
}

/**
 * Each firm's matching features, computed with the vocabulary in force when its profile, certificates or
 * status change (the match-enterprise job), stored with the document frequencies they move, and rebuilt
 * whole after a vocabulary change or a reindex.
 */
@Injectable()
export class MatchFeaturesService {
  /**
   * Firms' stored features as this process last read them, checked against their stamps on every use: a
   * demand's thousands of candidates then cost one small query instead of their features sent and parsed.
   */
  private cache = new Map<string, CachedFirm>();
  private dictionary = new FeatureDictionary();
  private cachedVocabulary: string | null = null;

  constructor(
    private readonly snapshots: EnterpriseSnapshotsRepository,
    private readonly features: MatchFeaturesRepository,
    private readonly vocabulary: VocabularyService,
  ) {}

  /** Stores a firm's features (or drops them when it is no longer searchable); returns the firm as matched. */
  async refresh(organizationId: string): Promise<EnterpriseForMatching | null> {
    const [snapshot] = await this.snapshots.load([organizationId]);
    if (!snapshot) throw new JobSubjectMissingError('firm', organizationId);
    const firm = isSearchable(snapshot) ? enterpriseForMatching(snapshot) : null;
    const vocabulary = await this.vocabulary.current();
    await this.features.replace(
      organizationId,
      firm ? { features: profileFeatures(firm, vocabulary), facts: enterpriseFacts(firm) } : null,
      vocabulary.version,
    );
    return firm;
  }

  /** Rebuilds every firm's features and recounts the document frequencies; returns how many firms. */
  async rebuild(onProgress: (done: number) => void = () => undefined): Promise<number> {
    const vocabulary = await this.vocabulary.current();
    const kept: string[] = [];
    let after: string | null = null;
    for (;;) {
      const ids = await this.snapshots.publishedIds(after, FEATURE_BATCH);
      if (ids.length === 0) break;
      after = ids[ids.length - 1] ?? null;
      const rows = (await this.snapshots.load(ids)).flatMap((snapshot) => {
        const firm = isSearchable(snapshot) ? enterpriseForMatching(snapshot) : null;
        return firm
          ? [
              {
                organizationId: snapshot.organizationId,
                features: profileFeatures(firm, vocabulary),
                facts: enterpriseFacts(firm),
                vocabularyVersion: vocabulary.version,
              },
            ]
          : [];
      });
      await this.features.storeMany(rows);
      kept.push(...rows.map((row) => row.organizationId));
      onProgress(kept.length);
    }
    await this.features.recount(kept);
    return kept.length;
  }

  frequencies(keys: readonly string[]): Promise<FeatureFrequencies> {
    return this.features.frequencies(keys);
  }

  /**
   * Candidates' facts and features as stored (through this process's cache), or computed now when missing
   * or from another vocabulary. Features are given for at least `demandKeys` (preparedDemandKeys): scoring
   * reads no other key.
   */
  async candidates(
    ids: readonly string[],
    vocabulary: CompiledVocabulary,
    demandKeys: readonly string[],
  ): Promise<Map<string, Candidate>> {
    if (this.cachedVocabulary !== vocabulary.version) {
      this.cache = new Map();
      this.dictionary = new FeatureDictionary();
      this.cachedVocabulary = vocabulary.version;
    }
    const stamps = (await this.features.stamps(ids)).filter((row) => row.vocabularyVersion === vocabulary.version);
    const stale = stamps.filter((row) => this.cache.get(row.organizationId)?.stamp !== row.stamp);
    for (const row of await this.features.load(stale.map((r) => r.organizationId))) {
      if (row.vocabularyVersion !== vocabulary.version) continue;
      this.cache.delete(row.organizationId);
      this.cache.set(row.organizationId, {
        stamp: row.stamp,
        facts: row.facts,
        features: compactFeatures(row.features, this.dictionary),
      });
    }
    while (this.cache.size > CACHED_FIRMS) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }

    const keys = demandKeyIds(demandKeys, this.dictionary);
    const result = new Map<string, Candidate>();
    for (const { organizationId, stamp } of stamps) {
      const cached = this.cache.get(organizationId);
      // Changed again between the two reads: read whole below, like a firm without stored features.
      if (cached?.stamp !== stamp) continue;
      result.set(organizationId, { facts: cached.facts, features: projectFeatures(cached.features, keys, this.dictionary) });
    }
    const missing = ids.filter((id) => !result.has(id));
    for (const snapshot of await this.snapshots.load(missing)) {
      const firm = isSearchable(snapshot) ? enterpriseForMatching(snapshot) : null;
      if (firm) result.set(snapshot.organizationId, { facts: enterpriseFacts(firm), features: profileFeatures(firm, vocabulary) });
    }
    return result;
  }
}
