import type { InboxPage } from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { getInbox } from '../../../api/threads';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export const INBOX_PAGE_SIZE = 20;
/** How often the open inbox asks for new messages. */
export const INBOX_POLL_MS = 30_000;

export interface InboxDependencies {
  getInbox?: typeof getInbox;
  pageSize?: number;
  pollMs?: number;
}

type LoadState = 'loading' | 'ready' | 'error';

/**
 * 消息: the organisation's conversations across demands, latest activity first, a page at a time, with
 * unread counts; asked again every `pollMs` while the page is open (quietly: a failed poll keeps the list).
 */
export function useInbox(dependencies: InboxDependencies = {}) {
  const get$ = dependencies.getInbox ?? getInbox;
  const pageSize = dependencies.pageSize ?? INBOX_PAGE_SIZE;
  const inbox = shallowRef<InboxPage | null>(null);
  const state = ref<LoadState>('loading');
  const error = shallowRef<LocalisedText | null>(null);
  const page = ref(1);
  const items = computed(() => inbox.value?.items ?? []);
  const unread = computed(() => inbox.value?.unread ?? 0);
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  async function fetchPage(quiet: boolean): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    if (!quiet) {
      state.value = 'loading';
      error.value = null;
    }
    try {
      const next = await get$({ page: page.value, pageSize }, current.signal);
      if (current.signal.aborted) return;
      // A page emptied by the others (threads move up as they get messages): go back to the last one.
      if (next.items.length === 0 && next.total > 0 && page.value > 1) {
        page.value = Math.max(1, Math.ceil(next.total / pageSize));
        return fetchPage(quiet);
      }
      inbox.value = next;
      state.value = 'ready';
      error.value = null;
    } catch (caught) {
      if (current.signal.aborted || quiet) return;
      error.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  const load = () => fetchPage(false);
  const refresh = () => fetchPage(true);

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  /** Starts the quiet refresh; stopped with the page. */
  function startPolling(): void {
    if (timer) return;
    timer = setInterval(() => void refresh(), dependencies.pollMs ?? INBOX_POLL_MS);
  }

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = null;
    controller?.abort();
  }
  onScopeDispose(stop);

  return { inbox, items, unread, state, error, page, load, refresh, setPage, startPolling, stop };
}
