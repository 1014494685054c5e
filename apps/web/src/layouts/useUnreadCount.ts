import { onScopeDispose, ref, watch, type WatchSource } from 'vue';
import { getNotifications } from '../api/notifications';

export const UNREAD_POLL_MS = 60_000;

/** Bumped when a page marks notifications read, so that every badge asks again at once. */
const unreadChanges = ref(0);

/** Tells the badges that notifications were read (or arrived) on this page. */
export function announceUnreadChanged(): void {
  unreadChanges.value += 1;
}

/**
 * How many notifications the signed-in user has not read, asked when they sign in and once a minute
 * after, and at once when a page announces a change. A failure leaves the last count: the badge is a
 * hint, never an error of its own.
 */
export function useUnreadCount(
  signedIn: WatchSource<boolean>,
  dependencies: { getNotifications?: typeof getNotifications; pollMs?: number } = {},
) {
  const get$ = dependencies.getNotifications ?? getNotifications;
  const unread = ref(0);
  let timer: ReturnType<typeof setInterval> | null = null;
  let controller: AbortController | null = null;

  async function refresh(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    try {
      const page = await get$({ page: 1, pageSize: 1 }, current.signal);
      if (!current.signal.aborted) unread.value = page.unread;
    } catch {
      // Keep the last count.
    }
  }

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = null;
    controller?.abort();
    controller = null;
  }

  watch(
    signedIn,
    (on) => {
      stop();
      unread.value = 0;
      if (!on) return;
      void refresh();
      timer = setInterval(() => void refresh(), dependencies.pollMs ?? UNREAD_POLL_MS);
    },
    { immediate: true },
  );
  watch(unreadChanges, () => {
    if (timer) void refresh();
  });
  onScopeDispose(stop);

  return { unread, refresh };
}
