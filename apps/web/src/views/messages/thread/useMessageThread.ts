import {
  MESSAGE_ATTACHMENT_MAX_BYTES,
  MessageCreateSchema,
  type MessageView,
  type ThreadView,
} from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { ApiProblem } from '../../../api/http';
import { fetchMessageAttachment, getThreadMessages, markThreadRead, sendMessage } from '../../../api/threads';
import { attachmentProblem, browserSave } from '../../../composables/attachment-files';
import { errorSummary, issueText, problemFieldErrors } from '../../../composables/useFormErrors';
import { type LocalisedText, messageKey } from '../../../composables/useLocalisedText';
import { announceUnreadChanged } from '../../../layouts/useUnreadCount';

/** How many messages one call brings: the latest on open and on each poll, older ones on demand. */
export const MESSAGES_PER_CALL = 50;
/** How often the open conversation asks for new messages and read receipts. */
export const THREAD_POLL_MS = 10_000;

export interface MessageThreadDependencies {
  getThreadMessages?: typeof getThreadMessages;
  sendMessage?: typeof sendMessage;
  markThreadRead?: typeof markThreadRead;
  fetchMessageAttachment?: typeof fetchMessageAttachment;
  /** Tells the header's badge that notifications were read (the API reads a thread's message notifications with it). */
  onUnreadChanged?: () => void;
  /** Hands a downloaded file to the user (an object URL and a click by default). */
  saveBlob?: (blob: Blob, name: string) => void;
  pollMs?: number;
}

type LoadState = 'loading' | 'ready' | 'error';

// The file rules and the download are shared with demand and response attachments.
export { attachmentProblem };

/** Older messages kept, the fetched window replacing what it overlaps, in the order they were sent. */
export function mergeMessages(existing: readonly MessageView[], latest: readonly MessageView[]): MessageView[] {
  const fresh = new Set(latest.map((m) => m.id));
  const merged = [...existing.filter((m) => !fresh.has(m.id)), ...latest];
  return merged
    .map((m, index) => ({ m, index }))
    .sort((a, b) => a.m.createdAt.localeCompare(b.m.createdAt) || a.index - b.index)
    .map(({ m }) => m);
}

/**
 * 沟通详情: one conversation, the latest messages first fetched and older ones on demand; opening it
 * marks the other side's messages read (the API reads the "new message" notifications with them); polls for new
 * messages and read receipts; writes text and/or one attachment. Administrators only read.
 */
export function useMessageThread(
  threadId: () => string,
  viewerOrganizationId: () => string | null,
  dependencies: MessageThreadDependencies = {},
) {
  const get$ = dependencies.getThreadMessages ?? getThreadMessages;
  const send$ = dependencies.sendMessage ?? sendMessage;
  const read$ = dependencies.markThreadRead ?? markThreadRead;
  const download$ = dependencies.fetchMessageAttachment ?? fetchMessageAttachment;
  const unreadChanged = dependencies.onUnreadChanged ?? announceUnreadChanged;
  const save = dependencies.saveBlob ?? browserSave;

  const thread = shallowRef<ThreadView | null>(null);
  const messages = shallowRef<MessageView[]>([]);
  const hasMore = ref(false);
  const state = ref<LoadState>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const loadingOlder = ref(false);
  const olderError = shallowRef<LocalisedText | null>(null);

  /** The viewer is one of the two organisations (administrators only read). */
  const isParty = computed(() => {
    const org = viewerOrganizationId();
    return org !== null && thread.value !== null && (thread.value.procurer.id === org || thread.value.enterprise.id === org);
  });
  /** The other organisation; for administrators the firm. */
  const counterpart = computed(() => {
    if (!thread.value) return null;
    return viewerOrganizationId() === thread.value.enterprise.id ? thread.value.procurer : thread.value.enterprise;
  });

  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  /** Marks the other side's messages read; their notifications are read with them, so the badge is told. */
  async function markRead(): Promise<void> {
    if (!isParty.value || !thread.value) return;
    try {
      const result = await read$(thread.value.id);
      if (thread.value) thread.value = { ...thread.value, unreadCount: 0 };
      if (result.marked > 0) unreadChanged();
    } catch {
      // The receipts wait for the next poll.
    }
  }

  async function fetchLatest(quiet: boolean): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    if (!quiet) {
      state.value = 'loading';
      loadError.value = null;
    }
    try {
      const page = await get$(threadId(), { limit: MESSAGES_PER_CALL }, current.signal);
      if (current.signal.aborted) return;
      const wasEmpty = !quiet || messages.value.length === 0;
      thread.value = page.thread;
      messages.value = wasEmpty ? page.items : mergeMessages(messages.value, page.items);
      if (wasEmpty) hasMore.value = page.hasMore;
      state.value = 'ready';
      if (page.thread.unreadCount > 0) await markRead();
    } catch (caught) {
      if (current.signal.aborted || quiet) return;
      loadError.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  const load = () => fetchLatest(false);
  const refresh = () => fetchLatest(true);

  async function loadOlder(): Promise<void> {
    const first = messages.value[0];
    if (!first || loadingOlder.value) return;
    loadingOlder.value = true;
    olderError.value = null;
    try {
      const page = await get$(threadId(), { before: first.id, limit: MESSAGES_PER_CALL });
      messages.value = mergeMessages(page.items, messages.value);
      hasMore.value = page.hasMore;
    } catch (caught) {
      olderError.value = errorSummary(caught);
    } finally {
      loadingOlder.value = false;
    }
  }

  function startPolling(): void {
    if (timer) return;
    timer = setInterval(() => {
      if (state.value === 'ready' && !sending.value) void refresh();
    }, dependencies.pollMs ?? THREAD_POLL_MS);
  }

  // --- Writing.
  const draft = ref('');
  const file = shallowRef<File | null>(null);
  const fileError = shallowRef<LocalisedText | null>(null);
  const bodyError = shallowRef<LocalisedText | null>(null);
  const sendError = shallowRef<LocalisedText | null>(null);
  const sending = ref(false);

  /** Takes the chosen file when it passes the rules; otherwise says why and keeps none. */
  async function chooseFile(chosen: File | null): Promise<boolean> {
    fileError.value = null;
    sendError.value = null;
    if (!chosen) {
      file.value = null;
      return true;
    }
    const problem = await attachmentProblem(chosen);
    if (problem) {
      file.value = null;
      fileError.value = problem;
      return false;
    }
    file.value = chosen;
    return true;
  }

  async function send(): Promise<boolean> {
    if (sending.value || !thread.value) return false;
    bodyError.value = null;
    sendError.value = null;
    const parsed = MessageCreateSchema.safeParse({ body: draft.value });
    if (!parsed.success) {
      bodyError.value = issueText(parsed.error.issues[0]!, 'messages.thread.invalid');
      return false;
    }
    if (!parsed.data.body && !file.value) {
      bodyError.value = messageKey('messages.thread.emptyMessage');
      return false;
    }
    sending.value = true;
    try {
      const sent = await send$(thread.value.id, parsed.data.body, file.value);
      messages.value = mergeMessages(messages.value, [sent]);
      draft.value = '';
      file.value = null;
      return true;
    } catch (caught) {
      if (caught instanceof ApiProblem && (caught.status === 413 || caught.status === 415)) {
        fileError.value =
          caught.status === 413
            ? messageKey('messages.thread.fileTooLarge', { mb: MESSAGE_ATTACHMENT_MAX_BYTES / 1024 / 1024 })
            : messageKey('messages.thread.fileKind');
      } else if (caught instanceof ApiProblem && problemFieldErrors(caught.problem).body) {
        bodyError.value = problemFieldErrors(caught.problem).body!;
      } else {
        sendError.value = errorSummary(caught);
      }
      return false;
    } finally {
      sending.value = false;
    }
  }

  // --- Downloading an attachment.
  const downloading = ref<string | null>(null);
  const downloadError = shallowRef<LocalisedText | null>(null);

  async function download(message: MessageView): Promise<void> {
    if (!message.attachment || downloading.value) return;
    downloading.value = message.id;
    downloadError.value = null;
    try {
      save(await download$(message.id), message.attachment.name);
    } catch (caught) {
      downloadError.value = errorSummary(caught);
    } finally {
      downloading.value = null;
    }
  }

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = null;
    controller?.abort();
  }
  onScopeDispose(stop);

  return {
    thread,
    messages,
    hasMore,
    state,
    loadError,
    isParty,
    counterpart,
    load,
    refresh,
    loadOlder,
    loadingOlder,
    olderError,
    startPolling,
    stop,
    draft,
    file,
    fileError,
    bodyError,
    sendError,
    sending,
    chooseFile,
    send,
    downloading,
    downloadError,
    download,
  };
}
