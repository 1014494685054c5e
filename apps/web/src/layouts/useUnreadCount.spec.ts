import type { NotificationPage } from '@mcf/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, ref } from 'vue';
import { announceUnreadChanged, useUnreadCount } from './useUnreadCount';

const page = (unread: number): NotificationPage => ({ items: [], total: unread, page: 1, pageSize: 1, unread });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('unread notifications badge', () => {
  it('asks when signed in, polls, keeps the count on a failure, and resets on sign-out', async () => {
    const signedIn = ref(false);
    let answer: () => Promise<NotificationPage> = () => Promise.resolve(page(3));
    const getNotifications = vi.fn(() => answer());
    const scope = effectScope();
    const { unread } = scope.run(() => useUnreadCount(signedIn, { getNotifications, pollMs: 1000 }))!;
    expect(getNotifications).not.toHaveBeenCalled();

    signedIn.value = true;
    await vi.advanceTimersByTimeAsync(0);
    expect(unread.value).toBe(3);

    answer = () => Promise.reject(new Error('offline'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(getNotifications).toHaveBeenCalledTimes(2);
    expect(unread.value).toBe(3);

    signedIn.value = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(unread.value).toBe(0);
    expect(getNotifications).toHaveBeenCalledTimes(2);
    scope.stop();
  });

  it('asks again at once when a page announces that notifications were read, only while signed in', async () => {
    const signedIn = ref(true);
    let count = 4;
    const getNotifications = vi.fn(() => Promise.resolve(page(count)));
    const scope = effectScope();
    const { unread } = scope.run(() => useUnreadCount(signedIn, { getNotifications, pollMs: 60_000 }))!;
    await vi.advanceTimersByTimeAsync(0);
    expect(unread.value).toBe(4);

    count = 1;
    announceUnreadChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(unread.value).toBe(1);
    expect(getNotifications).toHaveBeenCalledTimes(2);

    signedIn.value = false;
    await vi.advanceTimersByTimeAsync(0);
    announceUnreadChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(getNotifications).toHaveBeenCalledTimes(2);
    scope.stop();
  });
});
