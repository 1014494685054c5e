import type { DemandPage } from '@mcf/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { NetworkError } from '../../../api/http';
import { demandView } from '../../../testing/demand-fixtures';
import { isMatching, pageOf, statusFilterOf, useMyDemands } from './useMyDemands';

const pending = demandView({
  status: 'PUBLISHED',
  matching: { status: 'PENDING', version: 1, updatedAt: null, eligibleCount: 0 },
});
const ready = demandView({
  status: 'PUBLISHED',
  matching: { status: 'READY', version: 1, updatedAt: '2026-03-02T08:00:00Z', eligibleCount: 4 },
});
const pageWith = (...items: DemandPage['items']): DemandPage => ({ items, total: items.length, page: 1, pageSize: 20, next: null });

afterEach(() => vi.useRealTimers());

describe('my demands', () => {
  it('reads the status filter and page from the address, ignoring what it does not know', () => {
    expect(statusFilterOf('PUBLISHED')).toBe('PUBLISHED');
    expect(statusFilterOf('published')).toBeNull();
    expect(statusFilterOf(undefined)).toBeNull();
    expect(pageOf('3')).toBe(3);
    expect(pageOf('0')).toBe(1);
    expect(pageOf('x')).toBe(1);
  });

  it('asks for one status a page at a time', async () => {
    const listMyDemands = vi.fn(() => Promise.resolve(pageWith(ready)));
    const scope = effectScope();
    const page = scope.run(() => useMyDemands({ listMyDemands }))!;
    await page.show('PUBLISHED', 2);
    expect(listMyDemands).toHaveBeenCalledWith({ status: 'PUBLISHED', page: 2, pageSize: 20 }, expect.any(AbortSignal));
    await page.show(null);
    expect(listMyDemands).toHaveBeenLastCalledWith({ status: undefined, page: 1, pageSize: 20 }, expect.any(AbortSignal));
    expect(page.state.value).toBe('ready');
    scope.stop();
  });

  it('asks again quietly while a demand is being matched', async () => {
    vi.useFakeTimers();
    const answers = [pageWith(pending), pageWith(pending), pageWith(ready)];
    const listMyDemands = vi.fn(() => Promise.resolve(answers.shift() ?? pageWith(ready)));
    const scope = effectScope();
    const page = scope.run(() => useMyDemands({ listMyDemands, polling: { delaysMs: [1000] } }))!;
    await page.load();
    expect(page.anyMatching.value).toBe(true);
    expect(isMatching(page.items.value[0]!)).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(listMyDemands).toHaveBeenCalledTimes(3);
    expect(page.anyMatching.value).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(listMyDemands).toHaveBeenCalledTimes(3);
    scope.stop();
  });

  it('says why the list could not be loaded', async () => {
    const scope = effectScope();
    const page = scope.run(() => useMyDemands({ listMyDemands: () => Promise.reject(new NetworkError('down')) }))!;
    await page.load();
    expect(page.state.value).toBe('error');
    expect(page.loadError.value).toEqual({ kind: 'key', key: 'errors.network' });
    scope.stop();
  });
});
