import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Index } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { SearchClient } from '../../core/search/search.client.js';
import { SearchIndex } from '../../core/search/search-indexes.js';
import { DemandsRepository } from '../demands/demands.repository.js';
import { EnterpriseSnapshotsRepository } from '../enterprises/enterprise-snapshots.repository.js';
import { demandDocument, enterpriseDocument } from './search-documents.js';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';

const TASK_TIMEOUT_MS = 30_000;
/**
 * A full rebuild reads and sends documents in batches of this many, and keeps up to REINDEX_IN_FLIGHT
 * batches queued in the engine while it reads the next ones from PostgreSQL (one batch ahead of what it
 * sends). The engine is the bottleneck, and it merges the batches queued when it starts into one: each
 * pass over the index has a fixed cost (facets, prefixes, word caches), so the more it finds queued,
 * the fewer passes. One batch at a time, waiting for each, managed 366–565 documents a second at
 * 10⁴–10⁵ firms. At 10⁵ firms on a shared 2-core machine, 5,000 with 3 queued took 108 s of the
 * engine's CPU; 10,000 with 10 queued 62 s (demands: 31 s and 28 s for 70,077).
 */
const REINDEX_BATCH = 10_000;
const REINDEX_IN_FLIGHT = 10;
const REINDEX_TASK_TIMEOUT_MS = 600_000;

export interface ReindexProgress {
  done: number;
  total: number;
}

/**
 * Keeps the search indexes in step with PostgreSQL. Each write reads the current state (so a job
 * always writes the latest), and carries a version (the outbox id of the change): a document in the
 * index with a newer version is never overwritten by an older job.
 */
@Injectable()
export class IndexingService {
  private readonly logger = new Logger('Indexing');

  constructor(
    private readonly search: SearchClient,
    private readonly snapshots: EnterpriseSnapshotsRepository,
    private readonly demands: DemandsRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private async indexedVersion(index: Index, id: string): Promise<number | null> {
    try {
      const document = await index.getDocument<{ indexVersion?: number }>(id, { fields: ['indexVersion'] });
      return typeof document.indexVersion === 'number' ? document.indexVersion : 0;
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === 'document_not_found') return null;
      throw error;
    }
  }

  private async write(
    index: Index,
    id: string,
    version: number,
    document: Record<string, unknown> | null,
  ): Promise<'written' | 'deleted' | 'skipped'> {
    const current = await this.indexedVersion(index, id);
    if (current !== null && current > version) return 'skipped';
    if (document === null) {
      if (current === null) return 'skipped';
      const task = await index.deleteDocument(id).waitTask({ timeout: TASK_TIMEOUT_MS });
      if (task.status !== 'succeeded')
        throw new Error(`deleting ${id} from ${index.uid} failed: ${task.error?.message ?? task.status}`);
      return 'deleted';
    }
    const task = await index
      .addDocuments([document], { primaryKey: 'id' })
      .waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== 'succeeded')
      throw new Error(`indexing ${id} into ${index.uid} failed: ${task.error?.message ?? task.status}`);
    return 'written';
  }

  async indexEnterprise(organizationId: string, version: number): Promise<string> {
    const [snapshot] = await this.snapshots.load([organizationId]);
    if (!snapshot) throw new JobSubjectMissingError('firm', organizationId);
    const document = enterpriseDocument(snapshot, new Date(), version);
    return this.write(this.search.index(SearchIndex.ENTERPRISES), organizationId, version, document);
  }

  async indexDemand(demandId: string, version: number): Promise<string> {
    const demand = await this.demands.find(demandId);
    if (!demand) throw new JobSubjectMissingError('demand', demandId);
    const names = await this.demands.organizationNames([demand.organizationId]);
    const invited = await this.demands.invitedOrganizationIds(demandId);
    const document = demandDocument(demand, names.get(demand.organizationId) ?? '', version, invited);
    return this.write(this.search.index(SearchIndex.DEMANDS), demandId, version, document);
  }

  /** The version a full rebuild stamps: every change committed so far is included. */
  private async currentVersion(): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT COALESCE(max("id"), 0)::bigint AS "v" FROM "outbox_events"`,
    )) as { v: string }[];
    return Number(row?.v ?? 0);
  }

  /**
   * Rebuilds an index from PostgreSQL into a fresh index, then swaps it with the live one (searches
   * keep being answered from the old index until the swap) and drops the old copy.
   */
  async reindex(
    name: SearchIndex,
    onProgress: (progress: ReindexProgress) => void = () => undefined,
  ): Promise<ReindexProgress> {
    if (name === SearchIndex.OFFERS) throw new Error('the offers index is rebuilt by the offers module');
    const client = this.search.operatorClient();
    const live = this.search.uidOf(name);
    const rebuilt = `${live}_rebuild_${Date.now().toString(36)}`;
    const version = await this.currentVersion();
    await client.createIndex(rebuilt, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS });
    try {
      const settings = await client
        .index(rebuilt)
        .updateSettings(await this.search.settingsOf(name))
        .waitTask({ timeout: 60_000 });
      if (settings.status !== 'succeeded')
        throw new Error(`settings of ${rebuilt}: ${settings.error?.message ?? settings.status}`);
      const total =
        name === SearchIndex.ENTERPRISES
          ? await this.snapshots.countPublished()
          : await this.demands.countPublished();
      let done = 0;
      const queued: { uid: number; documents: number }[] = [];
      const settle = async (task: { uid: number; documents: number }) => {
        const result = await client.tasks.waitForTask(task.uid, { timeout: REINDEX_TASK_TIMEOUT_MS, interval: 100 });
        if (result.status !== 'succeeded') throw new Error(`filling ${rebuilt}: ${result.error?.message ?? result.status}`);
        done += task.documents;
        onProgress({ done: Math.min(done, total), total: Math.max(total, done) });
      };
      onProgress({ done, total });
      // The next batch is read from PostgreSQL while this one is sent and the engine works.
      let next = this.readBatch(name, null, version);
      for (;;) {
        const batch = await next;
        if (batch === null) break;
        next = this.readBatch(name, batch.last, version);
        // Awaited on the next turn; a failure before then must not be an unhandled rejection.
        next.catch(() => undefined);
        if (batch.documents.length > 0) {
          const { taskUid } = await client.index(rebuilt).addDocuments(batch.documents, { primaryKey: 'id' });
          queued.push({ uid: taskUid, documents: batch.read });
        } else {
          done += batch.read;
        }
        while (queued.length >= REINDEX_IN_FLIGHT) await settle(queued.shift()!);
      }
      while (queued.length > 0) await settle(queued.shift()!);
      const swap = await client
        .swapIndexes([{ indexes: [live, rebuilt], rename: false }])
        .waitTask({ timeout: TASK_TIMEOUT_MS });
      if (swap.status !== 'succeeded')
        throw new Error(`swapping ${rebuilt} into ${live}: ${swap.error?.message ?? swap.status}`);
      this.logger.log(`reindexed ${live}: ${done} documents`);
      return { done, total: Math.max(total, done) };
    } finally {
      // After the swap this holds the old documents; before it, a partial rebuild. Either way it goes.
      await client
        .deleteIndex(rebuilt)
        .waitTask({ timeout: TASK_TIMEOUT_MS })
        .catch(() => undefined);
    }
  }

  /** The documents of the next REINDEX_BATCH published rows after `after` (by id), or null past the last. */
  private async readBatch(
    name: SearchIndex,
    after: string | null,
    version: number,
  ): Promise<{ documents: Record<string, unknown>[]; read: number; last: string } | null> {
    const ids: string[] =
      name === SearchIndex.ENTERPRISES
        ? await this.snapshots.publishedIds(after, REINDEX_BATCH)
        : await this.demands.publishedIds(after, REINDEX_BATCH);
    if (ids.length === 0) return null;
    const documents =
      name === SearchIndex.ENTERPRISES
        ? await this.enterpriseDocuments(ids, version)
        : await this.demandDocuments(ids, version);
    return { documents, read: ids.length, last: ids[ids.length - 1]! };
  }

  private async enterpriseDocuments(ids: string[], version: number) {
    const now = new Date();
    return (await this.snapshots.load(ids))
      .map((s) => enterpriseDocument(s, now, version))
      .filter((d) => d !== null);
  }

  private async demandDocuments(ids: string[], version: number) {
    const demands = await this.demands.findMany(ids);
    const names = await this.demands.organizationNames(demands.map((d) => d.organizationId));
    // One query for the whole batch: without its invited firms an INVITED demand would drop out of
    // their searches until it next changed.
    const invited = await this.demands.invitedOrganizationIdsOf(demands.map((d) => d.id));
    return demands
      .map((d) => demandDocument(d, names.get(d.organizationId) ?? '', version, invited.get(d.id) ?? []))
      .filter((d) => d !== null);
  }
}
