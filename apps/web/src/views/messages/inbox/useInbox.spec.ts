import type { InboxPage } from '@mcf/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import { inboxPage, inboxThread } from '../message-fixtures';
import { type InboxDependencies, useInbox } from './useInbox';

function start(getInbox: InboxDependencies['getInbox'], extra: InboxDependencies = {}) {
  const spy = vi.fn(getInbox);
  const scope = effectScope();
  const inbox = scope.run(() => useInbox({ getInbox: spy, ...extra }))!;
  return { ...inbox, getInbox: spy, scope };
}

afterEach(() => vi.useRealTimers());

describe('消息 inbox', () => {
  it('loads the first page with unread counts, and pages on', async () => {
    const page = start(() => Promise.resolve(inboxPage([inboxThread('t1', { unreadCount: 2 }), inboxThread('t2')], { total: 45 })));
    await page.load();
    expect(page.state.value).toBe('ready');
    expect(page.items.value.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(page.unread.value).toBe(2);
    expect(page.getInbox).toHaveBeenCalledWith({ page: 1, pageSize: 20 }, expect.any(AbortSignal));
    await page.setPage(3);
    expect(page.getInbox).toHaveBeenLastCalledWith({ page: 3, pageSize: 20 }, expect.any(AbortSignal));
  });

  it('shows an empty inbox as ready with no items', async () => {
    const page = start(() => Promise.resolve(inboxPage([])));
    await page.load();
    expect(page.state.value).toBe('ready');
    expect(page.items.value).toEqual([]);
  });

  it('shows the error of a failed load; a failed quiet refresh keeps the list', async () => {
    let answer: () => Promise<InboxPage> = () => Promise.reject(new ApiProblem(problem(500, 'INTERNAL', { title: '服务器错误' })));
    const page = start(() => answer());
    await page.load();
    expect(page.state.value).toBe('error');
    expect(page.error.value).toEqual({ kind: 'plain', text: '服务器错误' });

    answer = () => Promise.resolve(inboxPage([inboxThread('t1')]));
    await page.load();
    answer = () => Promise.reject(new Error('offline'));
    await page.refresh();
    expect(page.state.value).toBe('ready');
    expect(page.items.value.map((t) => t.id)).toEqual(['t1']);
  });

  it('goes back to the last page when the one asked for has emptied', async () => {
    const page = start(({ page: asked } = {}) =>
      Promise.resolve(asked === 4 ? inboxPage([], { total: 30, page: 4 }) : inboxPage([inboxThread('t21')], { total: 30, page: 2 })),
    );
    await page.setPage(4);
    expect(page.page.value).toBe(2);
    expect(page.items.value.map((t) => t.id)).toEqual(['t21']);
  });

  it('polls quietly while open and stops with the page', async () => {
    vi.useFakeTimers();
    const page = start(() => Promise.resolve(inboxPage([inboxThread('t1')])), { pollMs: 1000 });
    await page.load();
    page.startPolling();
    await vi.advanceTimersByTimeAsync(2500);
    expect(page.getInbox).toHaveBeenCalledTimes(3);
    page.scope.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(page.getInbox).toHaveBeenCalledTimes(3);
  });
});
