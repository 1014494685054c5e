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

export type DocumentWrite = 'written' | 'deleted';

/**
 * Writes one search document from the current state of what it shows: `read` gives the document, or
 * null when it must not be searchable (unpublished, closed, withdrawn).
 *
 * Reading the state and queueing the engine task happen under a lock per document, across processes;
 * the engine applies one index's tasks in the order they were queued. So of two jobs for one document
 * (publish, then close) the later reader also queues later, and the index ends at the latest state,
 * whichever job ran first. A removal is always queued (removing a missing document is harmless): an
 * addition queued just before may not be applied yet. The wait for the task happens after the lock is
 * released, so jobs for one document do not queue behind each other's engine round trips.
 */
@Injectable()
export class SearchDocumentWriter {
  private locked = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly search: SearchClient,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async write(
    name: SearchIndex,
    id: string,
    read: () => Promise<Record<string, unknown> | null>,
  ): Promise<DocumentWrite> {
    const index = this.search.index(name);
    const queued = await this.oneOfFew(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('search-document:' || $1))`, [`${name}:${id}`]);
        const document = await read();
        const { taskUid } = document === null ? await index.deleteDocument(id) : await index.addDocuments([document], { primaryKey: 'id' });
        return { taskUid, result: document === null ? ('deleted' as const) : ('written' as const) };
      }),
    );
    const task = await this.search.raw.tasks.waitForTask(queued.taskUid, { timeout: TASK_TIMEOUT_MS });
    if (task.status !== 'succeeded')
      throw new Error(`${queued.result === 'deleted' ? 'removing' : 'writing'} ${id} in ${index.uid}: ${task.error?.message ?? task.status}`);
    return queued.result;
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
