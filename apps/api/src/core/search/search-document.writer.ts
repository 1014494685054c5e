import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SearchClient } from './search.client.js';
import type { SearchIndex } from './search-indexes.js';

const TASK_TIMEOUT_MS = 30_000;
/**
 * Writes holding their lock at once in one process. Each holds a pooled connection for the lock while
 * `read` takes others from the same pool (10 connections, shared by every job of the process): unbounded,
 * enough concurrent writes would each hold one and wait for another, and the pool would run dry.
 */
const CONCURRENT_LOCKED_WRITES = 3;
/**
 * How long a document that was read waits for the other writes holding their lock to go to the engine with
 * it, at most: it goes as soon as every one of them has read its own. Meilisearch spends about 11 ms of CPU on
 * a one-document task and about as much on one of many, so a burst of published demands, written one by one,
 * cost it more CPU than matching them cost PostgreSQL.
 */
const BATCH_WINDOW_MS = 20;

export type DocumentWrite = 'written' | 'deleted';

type EngineIndex = ReturnType<SearchClient['index']>;

/** The engine task a document went in, and how many documents went in it. */
interface Sent {
  taskUid: number;
  together: number;
}

/** Documents of one index read under their locks, waiting to go to the engine as one task (or two: additions, removals). */
interface Batch {
  index: EngineIndex;
  additions: Record<string, unknown>[];
  removals: string[];
  waiting: Array<{ addition: boolean; resolve: (sent: Sent) => void; reject: (error: unknown) => void }>;
  timer: NodeJS.Timeout;
}

/**
 * Writes one search document from the current state of what it shows: `read` gives the document, or
 * null when it must not be searchable (unpublished, closed, withdrawn).
 *
 * Reading the state and queueing the engine task happen under a lock per document, across processes;
 * the engine applies one index's tasks in the order they were queued. So of two jobs for one document
 * (publish, then close) the later reader also queues later, and the index ends at the latest state,
 * whichever job ran first. A removal is always queued (removing a missing document is harmless): an
 * addition queued just before may not be applied yet. The documents read by the writes holding their lock
 * at the same moment go to the engine together (BATCH_WINDOW_MS); each still holds its lock until its task is
 * queued. The wait for the task happens after the lock is released, so jobs for one document do not queue
 * behind each other's engine round trips.
 */
@Injectable()
export class SearchDocumentWriter {
  private locked = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly batches = new Map<string, Batch>();

  constructor(
    private readonly search: SearchClient,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `alone`: sent in a task of its own (after a task of several failed, to find which document it was). */
  async write(
    name: SearchIndex,
    id: string,
    read: () => Promise<Record<string, unknown> | null>,
    alone = false,
  ): Promise<DocumentWrite> {
    const index = this.search.index(name);
    const queued = await this.oneOfFew(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('search-document:' || $1))`, [`${name}:${id}`]);
        const document = await read();
        const sent = alone ? await this.sendAlone(index, id, document) : await this.send(index, id, document);
        return { ...sent, result: document === null ? ('deleted' as const) : ('written' as const) };
      }),
    );
    const task = await this.search.raw.tasks.waitForTask(queued.taskUid, { timeout: TASK_TIMEOUT_MS });
    if (task.status !== 'succeeded') {
      if (queued.together > 1) return this.write(name, id, read, true);
      throw new Error(`${queued.result === 'deleted' ? 'removing' : 'writing'} ${id} in ${index.uid}: ${task.error?.message ?? task.status}`);
    }
    return queued.result;
  }

  private async sendAlone(index: EngineIndex, id: string, document: Record<string, unknown> | null): Promise<Sent> {
    const { taskUid } = document === null ? await index.deleteDocument(id) : await index.addDocuments([document], { primaryKey: 'id' });
    return { taskUid, together: 1 };
  }

  /** Joins the index's batch; it goes once every write holding a lock is in one, or BATCH_WINDOW_MS after it began. */
  private send(index: EngineIndex, id: string, document: Record<string, unknown> | null): Promise<Sent> {
    let batch = this.batches.get(index.uid);
    if (batch === undefined) {
      const started: Batch = {
        index,
        additions: [],
        removals: [],
        waiting: [],
        timer: setTimeout(() => void this.flush(started), BATCH_WINDOW_MS),
      };
      batch = started;
      this.batches.set(index.uid, batch);
    }
    const joined = batch;
    const sent = new Promise<Sent>((resolve, reject) => joined.waiting.push({ addition: document !== null, resolve, reject }));
    if (document === null) joined.removals.push(id);
    else joined.additions.push(document);
    let read = 0;
    for (const each of this.batches.values()) read += each.waiting.length;
    if (read >= this.locked) for (const each of [...this.batches.values()]) void this.flush(each);
    return sent;
  }

  private async flush(batch: Batch): Promise<void> {
    if (this.batches.get(batch.index.uid) !== batch) return;
    this.batches.delete(batch.index.uid);
    clearTimeout(batch.timer);
    try {
      const added = batch.additions.length === 0 ? null : (await batch.index.addDocuments(batch.additions, { primaryKey: 'id' })).taskUid;
      const removed =
        batch.removals.length === 0
          ? null
          : (await (batch.removals.length === 1 ? batch.index.deleteDocument(batch.removals[0]!) : batch.index.deleteDocuments(batch.removals))).taskUid;
      for (const { addition, resolve } of batch.waiting)
        resolve(
          addition
            ? { taskUid: added!, together: batch.additions.length }
            : { taskUid: removed!, together: batch.removals.length },
        );
    } catch (error) {
      for (const { reject } of batch.waiting) reject(error);
    }
  }

  /** Runs `work` once fewer than CONCURRENT_LOCKED_WRITES others run (first come, first served). */
  private async oneOfFew<T>(work: () => Promise<T>): Promise<T> {
    if (this.locked >= CONCURRENT_LOCKED_WRITES) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.locked += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.locked -= 1;
    }
  }
}
