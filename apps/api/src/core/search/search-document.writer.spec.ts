import type { DataSource, EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import type { SearchClient } from './search.client.js';
import { SearchDocumentWriter } from './search-document.writer.js';
import { SearchIndex } from './search-indexes.js';

/**
 * The writer's bound on writes holding their lock at once: each holds a pooled connection while its
 * read takes others, so many at once could drain the pool. Stand-ins count the open transactions.
 */
function writer() {
  let open = 0;
  let mostOpen = 0;
  let nextTask = 0;
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
  const index = {
    uid: 'documents',
    addDocuments: async () => ({ taskUid: ++nextTask }),
    deleteDocument: async () => ({ taskUid: ++nextTask }),
  };
  const search = {
    index: () => index,
    raw: { tasks: { waitForTask: async () => ({ status: 'succeeded' }) } },
  } as unknown as SearchClient;
  return { writer: new SearchDocumentWriter(search, dataSource), mostOpen: () => mostOpen };
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
