import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { useAdminList } from './useAdminList';

interface Filters {
  q: string;
  page: number;
  pageSize: number;
}
const DEFAULTS: Filters = { q: '', page: 1, pageSize: 20 };

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('useAdminList', () => {
  it('loads the page the filters ask for and tells the filters it loaded', async () => {
    const fetch = vi.fn((filters: Filters) => Promise.resolve(`page ${filters.page} of ${filters.pageSize}`));
    const onLoaded = vi.fn();
    const list = useAdminList({
      initial: { ...DEFAULTS, q: '咸宁', page: 3 },
      resetTo: DEFAULTS,
      fetch,
      onLoaded,
    });
    expect(list.state.value).toBe('loading');
    await list.load();
    expect(list.result.value).toBe('page 3 of 20');
    expect(list.state.value).toBe('ready');
    expect(onLoaded).toHaveBeenCalledWith({ q: '咸宁', page: 3, pageSize: 20 });

    await list.setPageSize(50);
    expect(list.filters).toMatchObject({ page: 1, pageSize: 50 });
    await list.setPage(2);
    expect(list.result.value).toBe('page 2 of 50');
    await list.applyFilters();
    expect(list.filters.page).toBe(1);
    await list.resetFilters();
    expect({ ...list.filters }).toEqual(DEFAULTS);
  });

  it('keeps only the latest load: an older answer arriving late is dropped', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const signals: AbortSignal[] = [];
    const answers = [first.promise, second.promise];
    const list = useAdminList({
      initial: DEFAULTS,
      resetTo: DEFAULTS,
      fetch: (_filters: Filters, signal: AbortSignal) => {
        signals.push(signal);
        return answers.shift()!;
      },
    });
    const a = list.load();
    const b = list.setPage(2);
    expect(signals[0]!.aborted).toBe(true);
    second.resolve('new');
    first.resolve('old');
    await Promise.all([a, b]);
    expect(list.result.value).toBe('new');
  });

  it('shows a failure as an error state with its summary, and does not load what canLoad refuses', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('down')));
    const list = useAdminList({
      initial: DEFAULTS,
      resetTo: DEFAULTS,
      fetch,
      canLoad: (filters: Filters) => filters.q !== 'bad',
    });
    await list.load();
    expect(list.state.value).toBe('error');
    expect(list.loadError.value).not.toBeNull();

    list.filters.q = 'bad';
    await list.applyFilters();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(list.state.value).toBe('error');
  });

  it('aborts the load under way when the page is left', () => {
    const signals: AbortSignal[] = [];
    const scope = effectScope();
    const list = scope.run(() =>
      useAdminList({
        initial: DEFAULTS,
        resetTo: DEFAULTS,
        fetch: (_filters: Filters, signal: AbortSignal) => {
          signals.push(signal);
          return new Promise<string>(() => undefined);
        },
      }),
    )!;
    void list.load();
    scope.stop();
    expect(signals[0]!.aborted).toBe(true);
  });
});
