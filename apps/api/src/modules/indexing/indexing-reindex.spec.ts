import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { SearchClient } from '../../core/search/search.client.js';
import { SearchIndex } from '../../core/search/search-indexes.js';
import type { SearchDocumentWriter } from '../../core/search/search-document.writer.js';
import type { OrganizationDirectory } from '../accounts/organization-directory.service.js';
import type { DemandQueries } from '../demands/demand-queries.service.js';
import type { EnterpriseSnapshot, EnterpriseSnapshots } from '../enterprises/enterprise-snapshots.service.js';
import { IndexingService } from './indexing.service.js';

const FIRMS = 25_001;
const ids = Array.from({ length: FIRMS }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

function snapshot(id: string): EnterpriseSnapshot {
  return {
    organizationId: id,
    name: `企业${id.slice(-4)}`,
    organizationStatus: 'VERIFIED',
    isDemo: false,
    regionCode: '421202',
    profile: { summary: '复合材料', products: ['构件'], capabilities: [], equipment: [], sectors: ['NEW_MATERIALS'], regionCode: '421202' },
    publishedAt: new Date('2026-01-01T00:00:00Z'),
    lastConfirmedAt: null,
    qualifications: [],
  } as unknown as EnterpriseSnapshot;
}

/** An engine that answers at once, records what it was sent and when, and may fail one batch. */
function fakes(options: { failAt?: number } = {}) {
  const events: string[] = [];
  const sent: string[] = [];
  let tasks = 0;
  const task = () => ({ taskUid: ++tasks, waitTask: async () => ({ status: 'succeeded' }) });
  const engine = {
    createIndex: () => task(),
    index: () => ({
      updateSettings: () => task(),
      addDocuments: async (documents: { id: string }[]) => {
        events.push(`send ${documents.length}`);
        sent.push(...documents.map((d) => d.id));
        return task();
      },
    }),
    tasks: { waitForTask: async () => ({ status: 'succeeded' }) },
    swapIndexes: () => task(),
    deleteIndex: () => task(),
  };
  const search = { operatorClient: () => engine, uidOf: (i: string) => `test_${i}`, settingsOf: async () => ({}) } as unknown as SearchClient;
  let reads = 0;
  const snapshots = {
    countPublished: async () => FIRMS,
    publishedIds: async (after: string | null, limit: number) => {
      const from = after === null ? 0 : ids.indexOf(after) + 1;
      const page = ids.slice(from, from + limit);
      if (page.length > 0 && ++reads === options.failAt) throw new Error('the database went away');
      events.push(`read ${page.length}`);
      return page;
    },
    load: async (batch: string[]) => batch.map(snapshot),
  } as unknown as EnterpriseSnapshots;
  // The outbox: version 7, and no change made while the rebuild read (nothing to write again after the swap).
  const dataSource = { query: async (sql: string) => (sql.includes('DISTINCT') ? [] : [{ v: '7' }]) } as unknown as DataSource;
  return {
    service: new IndexingService(search, {} as SearchDocumentWriter, snapshots, {} as DemandQueries, {} as OrganizationDirectory, dataSource),
    events,
    sent,
  };
}

describe('IndexingService.reindex', () => {
  it('sends every published firm once, in batches, reading the next batch before sending the current one', async () => {
    const { service, events, sent } = fakes();
    const progress: number[] = [];
    const result = await service.reindex(SearchIndex.ENTERPRISES, (p) => progress.push(p.done));
    expect(result).toEqual({ done: FIRMS, total: FIRMS });
    expect(new Set(sent).size).toBe(FIRMS);
    expect(sent).toHaveLength(FIRMS);
    expect(events.filter((e) => e.startsWith('send')).length).toBeGreaterThan(1);
    // Each batch after the first is read before the one before it is sent.
    const reads = events.map((e, i) => (e.startsWith('read') && Number(e.slice(5)) > 0 ? i : -1)).filter((i) => i >= 0);
    const sends = events.map((e, i) => (e.startsWith('send') ? i : -1)).filter((i) => i >= 0);
    for (let k = 1; k < reads.length; k++) expect(reads[k]!, events.join(', ')).toBeLessThan(sends[k - 1]!);
    expect(progress.at(-1)).toBe(FIRMS);
  });

  it('fails with the read error when a batch read ahead fails, and leaves no rejection unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { service } = fakes({ failAt: 2 });
      await expect(service.reindex(SearchIndex.ENTERPRISES)).rejects.toThrow('the database went away');
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
