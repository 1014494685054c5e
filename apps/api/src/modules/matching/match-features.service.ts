import { Injectable } from '@nestjs/common';
import {
  type CompiledVocabulary,
  type EnterpriseForMatching,
  type FeatureFrequencies,
  profileFeatures,
  type ProfileFeatures,
} from '@mcf/domain';
import { EnterpriseSnapshotsRepository, isSearchable } from '../enterprises/enterprise-snapshots.repository.js';
import { VocabularyService } from '../vocabulary/vocabulary.service.js';
import { MatchFeaturesRepository } from './match-features.repository.js';
import { enterpriseForMatching } from './matching.mappers.js';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';

const FEATURE_BATCH = 500;

/**
 * Each firm's matching features, computed with the vocabulary in force when its profile, certificates or
 * status change (the match-enterprise job), stored with the document frequencies they move, and rebuilt
 * whole after a vocabulary change or a reindex.
 */
@Injectable()
export class MatchFeaturesService {
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
    await this.features.replace(organizationId, firm ? profileFeatures(firm, vocabulary) : null, vocabulary.version);
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

  /** Candidates' features as stored, or computed now when missing or from another vocabulary. */
  async candidates(ids: readonly string[], vocabulary: CompiledVocabulary): Promise<Map<string, ProfileFeatures>> {
    const stored = await this.features.load(ids);
    const features = new Map(
      stored
        .filter((row) => row.vocabularyVersion === vocabulary.version)
        .map((row) => [row.organizationId, row.features]),
    );
    const missing = ids.filter((id) => !features.has(id));
    for (const snapshot of await this.snapshots.load(missing)) {
      const firm = isSearchable(snapshot) ? enterpriseForMatching(snapshot) : null;
      if (firm) features.set(snapshot.organizationId, profileFeatures(firm, vocabulary));
    }
    return features;
  }
}
