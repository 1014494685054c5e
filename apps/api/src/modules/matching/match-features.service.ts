import { Injectable, Logger } from '@nestjs/common';
import {
  byBound,
  type CompiledVocabulary,
  type EnterpriseFacts,
  enterpriseFacts,
  type EnterpriseForMatching,
  FeatureIndex,
  type FeatureFrequencies,
  type IndexedFirm,
  type PreparedDemand,
  profileFeatures,
  profileRelevance,
  relevancePlan,
  type TextRelevance,
} from '@mcf/domain';
import { EnterpriseSnapshots, isSearchable } from '../enterprises/enterprise-snapshots.service.js';
import { VocabularyService } from '../vocabulary/vocabulary.service.js';
import { type FeatureStamp, MatchFeaturesRepository } from './match-features.repository.js';
import { enterpriseForMatching } from './matching.mappers.js';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';

const FEATURE_BATCH = 500;
/** Rows read at a time when a matching process loads every firm's features. */
const LOAD_BATCH = 2_000;
/** How far back a catch-up looks before the previous one's clock: longer than any write of features takes to commit (see changedSince). */
const CATCH_UP_OVERLAP_SECONDS = 10;
/** How far back firms published without their features yet are looked for (a queue backlog longer than this is an outage). */
const RECENT_WINDOW_MS = 60 * 60_000;
/** At most this many such firms are read whole for one demand or offer. */
const RECENTLY_PUBLISHED_FIRMS = 100;
/** A catch-up this recent is not repeated. */
const RESYNC_AFTER_MS = 250;

/** A candidate as assessing it reads it: its facts, and its text relevance to the demand. */
export interface Candidate {
  facts: EnterpriseFacts;
  text: TextRelevance;
}

/** What the in-memory index keeps beside a firm's features: when they were stored, and its facts. */
interface FirmRecord {
  stamp: string;
  facts: EnterpriseFacts;
}

/** The in-memory index of one vocabulary, and the database's clock when it last read the changes. */
interface LoadedIndex {
  vocabulary: string;
  firms: FeatureIndex<FirmRecord>;
  readAt: string;
}

/**
 * Each firm's matching features, computed with the vocabulary in force when its profile, certificates or
 * status change (the match-enterprise job), stored with the document frequencies they move, and rebuilt
 * whole after a vocabulary change or a reindex.
 *
 * A matching process holds every firm's stored features in memory (FeatureIndex: interned, with an
 * inverted index), loaded once and brought up to date before each use from the rows changed since
 * (removals leave tombstones, see MatchFeaturesRepository); a demand's candidates are found there, all of
 * them, and the index catches up once more just before they are scored.
 */
@Injectable()
export class MatchFeaturesService {
  private loaded: LoadedIndex | null = null;
  /** The load or catch-up in progress, shared by concurrent jobs. */
  private syncing: Promise<LoadedIndex> | null = null;
  private syncedAt = Number.NEGATIVE_INFINITY;
  private readonly logger = new Logger('MatchFeatures');

  constructor(
    private readonly snapshots: EnterpriseSnapshots,
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

  /**
   * Rebuilds every firm's features (dropping those of firms no longer searchable); returns how many firms.
   * The next batch is read while this one is computed and stored: one after the other, the process waited
   * on PostgreSQL for much of the rebuild (10⁵ firms).
   */
  async rebuild(onProgress: (done: number) => void = () => undefined): Promise<number> {
    const vocabulary = await this.vocabulary.current();
    const kept: string[] = [];
    const read = async (after: string | null) => {
      const ids = await this.snapshots.publishedIds(after, FEATURE_BATCH);
      return { last: ids[ids.length - 1] ?? null, snapshots: ids.length === 0 ? [] : await this.snapshots.load(ids) };
    };
    let reading = read(null);
    for (;;) {
      const { last, snapshots } = await reading;
      if (last === null) break;
      reading = read(last);
      // Not left unhandled while this batch is stored; the loop awaits it next.
      reading.catch(() => undefined);
      const rows = snapshots.flatMap((snapshot) => {
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
    await this.features.keepOnly(kept);
    return kept.length;
  }

  /** Document frequencies of these keys over the firms' stored features (counted in memory). */
  async frequencies(keys: readonly string[], vocabulary: CompiledVocabulary): Promise<FeatureFrequencies> {
    return (await this.index(vocabulary)).firms.frequencies(keys);
  }

  /** Loads every firm's features into memory now (a worker starting), rather than on the first demand. */
  async warm(): Promise<void> {
    const started = performance.now();
    const loaded = await this.index(await this.vocabulary.current());
    this.logger.log(`features of ${loaded.firms.size} firms in memory after ${Math.round(performance.now() - started)} ms`);
  }

  /**
   * The in-memory index for this vocabulary, loaded whole or brought up to date with the rows changed since
   * (a catch-up less than RESYNC_AFTER_MS old is reused unless `fresh`: one job asks several times in a row).
   */
  index(vocabulary: CompiledVocabulary, fresh = false): Promise<LoadedIndex> {
    const loaded = this.loaded;
    if (!fresh && loaded?.vocabulary === vocabulary.version && performance.now() - this.syncedAt < RESYNC_AFTER_MS)
      return Promise.resolve(loaded);
    this.syncing ??= this.sync(vocabulary.version).finally(() => {
      this.syncing = null;
      this.syncedAt = performance.now();
    });
    return this.syncing.then((loaded) => (loaded.vocabulary === vocabulary.version ? loaded : this.index(vocabulary)));
  }

  private async sync(vocabulary: string): Promise<LoadedIndex> {
    const current = this.loaded;
    if (current?.vocabulary !== vocabulary) {
      // Read before the rows: a change made while they are read is caught up next time.
      const readAt = await this.features.clock();
      const firms = new FeatureIndex<FirmRecord>();
      for (let after: string | null = null; ; ) {
        const rows = await this.features.loadPage(after, LOAD_BATCH);
        if (rows.length === 0) break;
        after = rows[rows.length - 1]?.organizationId ?? null;
        for (const row of rows)
          if (row.vocabularyVersion === vocabulary) firms.put(row.organizationId, row.features, { stamp: row.stamp, facts: row.facts });
      }
      this.loaded = { vocabulary, firms, readAt };
      return this.loaded;
    }
    const { readAt, changed } = await this.features.changedSince(current.readAt, CATCH_UP_OVERLAP_SECONDS);
    await this.bringUpToDate(current, changed);
    current.readAt = readAt;
    return current;
  }

  /**
   * Re-reads the firms whose stored stamp differs from the index's, and drops those removed (tombstones) or
   * no longer stored in this vocabulary.
   */
  private async bringUpToDate(loaded: LoadedIndex, stamps: readonly FeatureStamp[]): Promise<void> {
    const stale: FeatureStamp[] = [];
    for (const row of stamps) {
      const held = loaded.firms.get(row.organizationId);
      if (row.removed) {
        if (held) loaded.firms.remove(row.organizationId);
      } else if (held?.extra.stamp !== row.stamp) stale.push(row);
    }
    if (stale.length === 0) return;
    const rows = new Map((await this.features.load(stale.map((row) => row.organizationId))).map((row) => [row.organizationId, row]));
    for (const { organizationId } of stale) {
      const row = rows.get(organizationId);
      if (row && row.vocabularyVersion === loaded.vocabulary)
        loaded.firms.put(organizationId, row.features, { stamp: row.stamp, facts: row.facts });
      else loaded.firms.remove(organizationId);
    }
  }

  /** Every firm whose text relevance to the demand may reach `minRelevance`, in no particular order (see FeatureIndex.retrieve). */
  async retrieve(
    prepared: PreparedDemand,
    vocabulary: CompiledVocabulary,
    minRelevance: number,
  ): Promise<string[]> {
    const { firms } = await this.index(vocabulary);
    return firms.retrieve(prepared, minRelevance).map(({ firm }) => firm.id);
  }

  /**
   * Firms published in the last RECENT_WINDOW_MS whose features this process does not hold yet (or holds
   * from before that publication): their match-enterprise job is still queued, and candidates() reads them
   * whole. Once the features have caught up this is empty, and costs one range of an index.
   */
  async recentlyPublished(limit = RECENTLY_PUBLISHED_FIRMS): Promise<string[]> {
    const recent = await this.snapshots.publishedSince(new Date(Date.now() - RECENT_WINDOW_MS), limit);
    const firms = this.loaded?.firms;
    return recent
      .filter(({ organizationId, publishedAt }) => {
        const held = firms?.get(organizationId);
        return !held || Date.parse(held.extra.stamp) < publishedAt.getTime();
      })
      .map(({ organizationId }) => organizationId);
  }

  /** Every firm's facts as this process holds them (brought up to date first), by firm id. */
  async facts(vocabulary: CompiledVocabulary): Promise<Iterable<[string, EnterpriseFacts]>> {
    const { firms } = await this.index(vocabulary);
    return (function* () {
      for (const firm of firms.firms()) yield [firm.id, firm.extra.facts] as [string, EnterpriseFacts];
    })();
  }

  /** Verified firms of any of these sectors, best text bound for the demand first, at most `limit`. */
  async inSectors(
    prepared: PreparedDemand,
    vocabulary: CompiledVocabulary,
    sectors: readonly string[],
    limit: number,
  ): Promise<string[]> {
    const { firms } = await this.index(vocabulary);
    const wanted = new Set(sectors);
    const inSectors = new Set<string>();
    for (const firm of firms.firms())
      if (firm.extra.facts.organizationStatus === 'VERIFIED' && firm.extra.facts.sectors.some((s) => wanted.has(s)))
        inSectors.add(firm.id);
    const ranked = firms
      .retrieve(prepared, 0)
      .filter(({ firm }) => inSectors.has(firm.id))
      .sort(byBound)
      .map(({ firm }) => firm.id);
    return ranked.slice(0, limit);
  }

  /**
   * Candidates' facts and text relevance to the prepared demand, scored from their features as stored
   * (through this process's in-memory index, caught up first with every change stored until now, removals
   * included), or computed now when missing or from another vocabulary.
   *
   * The catch-up is one range of the index on `updated_at`; it replaced a look-up of every candidate's stamp
   * (2,000 ids a demand at 10⁵ firms: 10–15 ms of PostgreSQL warm, 60–140 ms once the table outgrew its
   * buffers). A firm that changes after it is still scored from what it was a moment before, as with the
   * stamps; its own match-enterprise job then rewrites its rows on the open demands.
   */
  async scored(
    ids: readonly string[],
    prepared: PreparedDemand,
    vocabulary: CompiledVocabulary,
  ): Promise<Map<string, Candidate>> {
    const loaded = await this.index(vocabulary, true);
    const held: Array<IndexedFirm<FirmRecord>> = [];
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const firm = loaded.firms.get(id);
      if (firm) held.push(firm);
      else missing.push(id);
    }
    const plan = relevancePlan(prepared);
    const result = new Map<string, Candidate>();
    loaded.firms.relevances(plan, held).forEach((text, index) => {
      const firm = held[index];
      if (firm) result.set(firm.id, { facts: firm.extra.facts, text });
    });
    for (const snapshot of await this.snapshots.load(missing)) {
      const firm = isSearchable(snapshot) ? enterpriseForMatching(snapshot) : null;
      if (firm)
        result.set(snapshot.organizationId, {
          facts: enterpriseFacts(firm),
          text: profileRelevance(plan, profileFeatures(firm, vocabulary)),
        });
    }
    return result;
  }
}
