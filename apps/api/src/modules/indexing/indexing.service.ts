import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type DocumentWrite, SearchDocumentWriter } from '../../core/search/search-document.writer.js';
import { SearchClient } from '../../core/search/search.client.js';
import { SearchIndex } from '../../core/search/search-indexes.js';
import { OrganizationDirectory } from '../accounts/organization-directory.service.js';
import { DemandQueries } from '../demands/demand-queries.service.js';
import { EnterpriseSnapshots } from '../enterprises/enterprise-snapshots.service.js';
import { demandDocument, enterpriseDocument } from './search-documents.js';
import { latestOutboxId } from '../../core/outbox/outbox-version.js';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';
import { JobName } from '../../core/queue/queue.constants.js';
import { INDEXING_SUBSCRIPTIONS } from './indexing.subscriptions.js';

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
/** Outbox ids are taken before commit: a change may commit after a later one. */
const CATCH_UP_MARGIN_MS = 60_000;


export interface ReindexProgress {
  done: number;
  total: number;
}

/**
 * Keeps the search indexes of firms and demands in step with PostgreSQL. Each job writes the current
 * state (SearchDocumentWriter orders jobs for one document); the document carries the outbox id of the
 * change as its version. A full rebuild is swapped in, then what changed while it was read is written again.
 */
@Injectable()
export class IndexingService {
  private readonly logger = new Logger('Indexing');

  constructor(
    private readonly search: SearchClient,
    private readonly documents: SearchDocumentWriter,
    private readonly snapshots: EnterpriseSnapshots,
    private readonly demands: DemandQueries,
    private readonly organizations: OrganizationDirectory,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async indexEnterprise(organizationId: string, version: number): Promise<DocumentWrite> {
    return this.documents.write(SearchIndex.ENTERPRISES, organizationId, async () => {
      const [snapshot] = await this.snapshots.load([organizationId]);
      if (!snapshot) throw new JobSubjectMissingError('firm', organizationId);
      return enterpriseDocument(snapshot, new Date(), version);
    });
  }

  async indexDemand(demandId: string, version: number): Promise<DocumentWrite> {
    return this.documents.write(SearchIndex.DEMANDS, demandId, async () => {
      const demand = await this.demands.find(demandId);
      if (!demand) throw new JobSubjectMissingError('demand', demandId);
      const names = await this.organizations.namesOf([demand.organizationId]);
      const invited = await this.demands.invitedOrganizationIds(demandId);
      return demandDocument(demand, names.get(demand.organizationId) ?? '', version, invited);
    });
  }

  /**
   * After a rebuild is swapped in, every document changed while it was being read is written again
   * from the current state: the rebuild read those rows before (or while) they changed, and the jobs
   * that followed the changes wrote into the index that the swap has just retired. Changes are found
   * through the outbox rows of the events this module indexes after (INDEXING_SUBSCRIPTIONS; each names
   * the document in its payload, as `demandId` or `organizationId`), from a minute before the rebuild
   * began, since outbox ids are taken before commit and may commit out of order. Rows recorded before
   * the outbox held events name the job instead.
   */
  private async catchUp(name: SearchIndex, since: Date): Promise<number> {
    const jobName = name === SearchIndex.ENTERPRISES ? JobName.INDEX_ENTERPRISE : JobName.INDEX_DEMAND;
    const subject = name === SearchIndex.ENTERPRISES ? 'organizationId' : 'demandId';
    const names = [...INDEXING_SUBSCRIPTIONS.filter((s) => s.job === jobName).flatMap((s) => s.events), jobName];
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT "payload"->>'${subject}' AS "id" FROM "outbox_events" WHERE "event_name" = ANY($1) AND "created_at" >= $2`,
      [names, new Date(since.getTime() - CATCH_UP_MARGIN_MS)],
    )) as { id: string }[];
    const version = await this.currentVersion();
    for (const { id } of rows) {
      try {
        if (name === SearchIndex.ENTERPRISES) await this.indexEnterprise(id, version);
        else await this.indexDemand(id, version);
      } catch (error) {
        if (!(error instanceof JobSubjectMissingError)) throw error;
      }
    }
    return rows.length;
  }

  /** The version a full rebuild stamps: every change committed so far is included. */
  private currentVersion(): Promise<number> {
    return latestOutboxId(this.dataSource);
  }

  /**
   * Rebuilds an index from PostgreSQL into a fresh index, then swaps it with the live one (searches
   * keep being answered from the old index until the swap) and drops the old copy.
   */
  async reindex(
    name: SearchIndex,
    onProgress: (progress: ReindexProgress) => void = () => undefined,
  ): Promise<ReindexProgress> {
    if (name !== SearchIndex.ENTERPRISES && name !== SearchIndex.DEMANDS)
      throw new Error(`the ${name} index is rebuilt by its own module`);
    const client = this.search.operatorClient();
    const live = this.search.uidOf(name);
    const rebuilt = `${live}_rebuild_${Date.now().toString(36)}`;
    const startedAt = new Date();
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
      const caughtUp = await this.catchUp(name, startedAt);
      this.logger.log(`reindexed ${live}: ${done} documents, ${caughtUp} changed meanwhile written again`);
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
    const names = await this.organizations.namesOf(demands.map((d) => d.organizationId));
    // One query for the whole batch: without its invited firms an INVITED demand would drop out of
    // their searches until it next changed.
    const invited = await this.demands.invitedOrganizationIdsOf(demands.map((d) => d.id));
    return demands
      .map((d) => demandDocument(d, names.get(d.organizationId) ?? '', version, invited.get(d.id) ?? []))
      .filter((d) => d !== null);
  }
}
