import type { DataSource, EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import type { SearchClient } from './search.client.js';
import { SearchDocumentWriter } from './search-document.writer.js';
import { SearchIndex } from './search-indexes.js';

/**
 * The writer's bound on writes holding their lock at once: each holds a pooled connection while its
 * read takes others, so many at once could drain the pool. Stand-ins count the open transactions.
 */
function writer(failing: (documents: Array<Record<string, unknown>>) => boolean = () => false) {
  let open = 0;
  let mostOpen = 0;
  let nextTask = 0;
  /** Each task queued: what it adds or removes. */
  const tasks: Array<{ add?: string[]; remove?: string[]; failed: boolean }> = [];
  const dataSource = {
    transaction: async <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => {
      open += 1;
      mostOpen = Math.max(mostOpen, open);
      try {
        return await work({ query: async () => [] } as unknown as EntityManager);
      } finally {
        open -= 1;
      }
    },
  } as unknown as DataSource;
  const queue = (task: { add?: string[]; remove?: string[]; failed: boolean }) => {
    tasks.push(task);
    nextTask += 1;
    return { taskUid: nextTask };
  };
  const index = {
    uid: 'documents',
    addDocuments: async (documents: Array<Record<string, unknown>>) =>
      queue({ add: documents.map((d) => String(d.id)), failed: failing(documents) }),
    deleteDocument: async (id: string) => queue({ remove: [id], failed: false }),
    deleteDocuments: async (ids: string[]) => queue({ remove: ids, failed: false }),
  };
  const search = {
    index: () => index,
    raw: {
      tasks: {
        waitForTask: async (uid: number) =>
          tasks[uid - 1]!.failed ? { status: 'failed', error: { message: 'invalid document' } } : { status: 'succeeded' },
      },
    },
  } as unknown as SearchClient;
  return { writer: new SearchDocumentWriter(search, dataSource), mostOpen: () => mostOpen, tasks };
}

const slowRead = (document: Record<string, unknown> | null) => () =>
  new Promise<Record<string, unknown> | null>((resolve) => setTimeout(() => resolve(document), 5));

describe('SearchDocumentWriter', () => {
  it('holds at most three locks at once, and every write still completes', async () => {
    const { writer: documents, mostOpen } = writer();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => documents.write(SearchIndex.DEMANDS, `d${i}`, slowRead(i % 3 === 0 ? null : { id: `d${i}` }))),
    );
    expect(mostOpen()).toBe(3);
    expect(results).toEqual(Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? 'deleted' : 'written')));
  });

  it('sends the documents read under the locks held at once as one task, removals as another', async () => {
    const { writer: documents, tasks } = writer();
    const results = await Promise.all([
      documents.write(SearchIndex.DEMANDS, 'a', slowRead({ id: 'a' })),
      documents.write(SearchIndex.DEMANDS, 'b', slowRead(null)),
      documents.write(SearchIndex.DEMANDS, 'c', slowRead({ id: 'c' })),
    ]);
    expect(results).toEqual(['written', 'deleted', 'written']);
    expect(tasks).toEqual([
      { add: ['a', 'c'], failed: false },
      { remove: ['b'], failed: false },
    ]);
  });

  it('sends a write on its own without waiting for writes that have not begun', async () => {
    const { writer: documents, tasks } = writer();
    expect(await documents.write(SearchIndex.DEMANDS, 'a', slowRead({ id: 'a' }))).toBe('written');
    expect(await documents.write(SearchIndex.DEMANDS, 'b', slowRead({ id: 'b' }))).toBe('written');
    expect(tasks.map((task) => task.add)).toEqual([['a'], ['b']]);
  });

  it('writes each document of a failed task again on its own, so only the bad one fails', async () => {
    const { writer: documents, tasks } = writer((batch) => batch.some((d) => d.id === 'bad'));
    const outcomes = await Promise.allSettled(['a', 'bad', 'c'].map((id) => documents.write(SearchIndex.DEMANDS, id, slowRead({ id }))));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('writing bad in documents: invalid document'));
    expect(tasks[0]).toEqual({ add: ['a', 'bad', 'c'], failed: true });
    expect(tasks.slice(1).map((task) => task.add).sort()).toEqual([['a'], ['bad'], ['c']]);
  });

  it('frees its place when a read fails, so later writes go on', async () => {
    const { writer: documents } = writer();
    const failing = () => Promise.reject(new Error('database away'));
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 4 }, (_, i) => documents.write(SearchIndex.DEMANDS, `f${i}`, failing)),
      documents.write(SearchIndex.DEMANDS, 'ok', slowRead({ id: 'ok' })),
    ]);
    expect(outcomes.slice(0, 4).every((o) => o.status === 'rejected')).toBe(true);
    expect(outcomes[4]).toEqual({ status: 'fulfilled', value: 'written' });
  });
});
