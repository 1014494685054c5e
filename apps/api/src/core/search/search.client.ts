import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Meilisearch, MeilisearchTaskTimeOutError, type Index, type Settings } from 'meilisearch';
import { AppConfig } from '../config/app-config.js';
import { meilisearchConnection } from './meilisearch-connection.js';
import { SEARCH_INDEX_SETTINGS, SearchIndex } from './search-indexes.js';

/** Where the search engine's synonyms come from: the vocabulary in force (shipped data and approvals). */
export type SynonymsSource = () => Promise<Readonly<Record<string, string[]>>>;

const APP_KEY_ACTIONS = ['search', 'documents.*', 'indexes.*', 'settings.*', 'tasks.get', 'stats.get'];

/** How long a start waits for the engine to take an index's settings before it goes on without waiting. */
const SETTINGS_WAIT_MS = 60_000;

/** A stable UUID per index prefix, so that restarts find the key they created before. */
function keyUidFor(prefix: string): string {
  const hex = createHash('sha256').update(`mcf-app-key:${prefix}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The one Meilisearch client of the app. With a master key it creates (once) an API key scoped to
 * this deployment's indexes and works with that; then it applies the index settings kept in code.
 */
@Injectable()
export class SearchClient implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Search');
  private client!: Meilisearch;
  private synonymsSource: SynonymsSource | null = null;
  private readonly connection;

  constructor(private readonly config: AppConfig) {
    this.connection = meilisearchConnection({ compression: config.get('MEILI_COMPRESSION') === 'on' });
  }

  private clientWith(apiKey: string | undefined): Meilisearch {
    return new Meilisearch({ host: this.config.services.meilisearch.url, apiKey, requestInit: this.connection.requestInit });
  }

  get prefix(): string {
    return this.config.get('SEARCH_INDEX_PREFIX');
  }

  uidOf(index: SearchIndex): string {
    return `${this.prefix}${index}`;
  }

  index<T extends Record<string, unknown>>(index: SearchIndex): Index<T> {
    return this.client.index<T>(this.uidOf(index));
  }

  get raw(): Meilisearch {
    return this.client;
  }

  /**
   * A client with the operator's key (the master key where configured): index swaps are tasks without
   * an index of their own, which the app's index-scoped key cannot see.
   */
  operatorClient(): Meilisearch {
    const { masterKey, apiKey } = this.config.services.meilisearch;
    return this.clientWith(masterKey ?? apiKey);
  }

  /**
   * Synonyms from the vocabulary in force rather than the shipped data alone, applied at every start and
   * by updateSynonyms. Set before the module starts (the vocabulary service does it when constructed).
   */
  useSynonymsFrom(source: SynonymsSource): void {
    this.synonymsSource = source;
  }

  /** The settings of an index as they should be now: those in code, with the vocabulary's synonyms. */
  async settingsOf(index: SearchIndex): Promise<Settings> {
    const synonyms = this.synonymsSource ? await this.synonymsSource() : undefined;
    return synonyms ? { ...SEARCH_INDEX_SETTINGS[index], synonyms: { ...synonyms } } : SEARCH_INDEX_SETTINGS[index];
  }

  /**
   * Empties an index and fills it with these documents, waiting for both (the rebuild of a small index:
   * offers, talents). Searches see it empty for the moment between the two.
   */
  async replaceAllDocuments(index: SearchIndex, documents: readonly Record<string, unknown>[]): Promise<void> {
    const uid = this.uidOf(index);
    const cleared = await this.client.index(uid).deleteAllDocuments().waitTask({ timeout: 30_000 });
    if (cleared.status !== 'succeeded') throw new Error(`clearing ${uid}: ${cleared.error?.message ?? cleared.status}`);
    if (documents.length === 0) return;
    const filled = await this.client.index(uid).addDocuments([...documents], { primaryKey: 'id' }).waitTask({ timeout: 600_000 });
    if (filled.status !== 'succeeded') throw new Error(`filling ${uid}: ${filled.error?.message ?? filled.status}`);
  }

  /** Replaces the synonyms of every index and waits until Meilisearch applied them. */
  async updateSynonyms(synonyms: Readonly<Record<string, string[]>>): Promise<void> {
    for (const index of Object.values(SearchIndex)) {
      const task = await this.client
        .index(this.uidOf(index))
        .updateSynonyms({ ...synonyms })
        .waitTask({ timeout: 60_000 });
      if (task.status !== 'succeeded') {
        throw new Error(`updating the synonyms of ${this.uidOf(index)} failed: ${task.error?.message ?? task.status}`);
      }
    }
  }

  async onModuleInit(): Promise<void> {
    const { masterKey, apiKey } = this.config.services.meilisearch;
    const key = apiKey ?? (await this.scopedKey(masterKey!));
    this.client = this.clientWith(key);
    await this.applySettings();
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection.close();
  }

  async isHealthy(): Promise<boolean> {
    try {
      const health = await this.client.health();
      return health.status === 'available';
    } catch {
      return false;
    }
  }

  private async scopedKey(masterKey: string): Promise<string> {
    const admin = this.clientWith(masterKey);
    const uid = keyUidFor(this.prefix);
    try {
      return (await admin.getKey(uid)).key;
    } catch {
      try {
        const created = await admin.createKey({
          uid,
          name: `mcf-app-${this.prefix || 'default'}`,
          description: `军民融合供需对接平台 app key for indexes ${this.prefix}*`,
          actions: APP_KEY_ACTIONS as never,
          indexes: [`${this.prefix}*`],
          expiresAt: null,
        });
        this.logger.log(`created a Meilisearch API key scoped to indexes ${this.prefix}*`);
        return created.key;
      } catch (error) {
        // A replica starting at the same moment created it first: the uid is fixed, so that key is this one.
        return (await admin.getKey(uid).catch(() => Promise.reject(error))).key;
      }
    }
  }

  private async applySettings(): Promise<void> {
    for (const name of Object.values(SearchIndex)) {
      const uid = this.uidOf(name);
      const settings = await this.settingsOf(name);
      try {
        await this.client.getIndex(uid);
      } catch {
        await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
      }
      const enqueued = this.client.index(uid).updateSettings(settings);
      let task;
      try {
        task = await enqueued.waitTask({ timeout: SETTINGS_WAIT_MS });
      } catch (error) {
        if (!(error instanceof MeilisearchTaskTimeOutError)) throw error;
        // Settings that change how documents are indexed make the engine index them all again (a new
        // release at 10⁵ firms: minutes). Searches are answered with the previous settings meanwhile, and
        // writes queue behind it, so the start goes on; the outcome is logged when it is known.
        this.logger.warn(`index ${uid} is being indexed again with new settings (task ${error.cause.taskUid}); searches use the previous settings until it finishes`);
        void this.client.tasks
          .waitForTask(error.cause.taskUid, { timeout: 3_600_000, interval: 1_000 })
          .then((done) =>
            done.status === 'succeeded'
              ? this.logger.log(`index ${uid} indexed again with its new settings`)
              : this.logger.error(`applying settings to index ${uid} failed: ${done.error?.message ?? done.status}`),
          )
          .catch((failure: unknown) => this.logger.error(`applying settings to index ${uid}: ${String(failure)}`));
        continue;
      }
      if (task.status !== 'succeeded') {
        throw new Error(`applying settings to index ${uid} failed: ${task.error?.message ?? task.status}`);
      }
    }
    this.logger.log(`index settings applied to ${Object.values(SearchIndex).map((i) => this.uidOf(i)).join(', ')}`);
  }
}
