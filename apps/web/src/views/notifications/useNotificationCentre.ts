import {
  type NotificationKind,
  type NotificationPage,
  type NotificationPreferences,
  type NotificationView,
} from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { ApiProblem } from '../../api/http';
import {
  getNotificationPreferences,
  getNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  saveNotificationPreferences,
} from '../../api/notifications';
import { errorSummary } from '../../composables/useFormErrors';
import type { LocalisedText } from '../../composables/useLocalisedText';
import { announceUnreadChanged } from '../../layouts/useUnreadCount';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface NotificationCentreDependencies {
  getNotifications?: typeof getNotifications;
  markNotificationRead?: typeof markNotificationRead;
  markAllNotificationsRead?: typeof markAllNotificationsRead;
  getNotificationPreferences?: typeof getNotificationPreferences;
  saveNotificationPreferences?: typeof saveNotificationPreferences;
  /** Told when the unread count changed here (the header's badge by default). */
  onUnreadChanged?: () => void;
  pageSize?: number;
}

type LoadState = 'loading' | 'ready' | 'error';
export type PreferenceChannel = 'inApp' | 'email';
export interface PreferenceRow {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

/**
 * 通知中心: the organisation's notifications, newest first (or only the unread), a page at a time; one or
 * all marked read (the header's badge follows); and which kinds arrive in the app (and by email, when the
 * platform sends email), each switch saved at once and put back when the save fails.
 */
export function useNotificationCentre(dependencies: NotificationCentreDependencies = {}) {
  const list$ = dependencies.getNotifications ?? getNotifications;
  const read$ = dependencies.markNotificationRead ?? markNotificationRead;
  const readAll$ = dependencies.markAllNotificationsRead ?? markAllNotificationsRead;
  const preferences$ = dependencies.getNotificationPreferences ?? getNotificationPreferences;
  const savePreferences$ = dependencies.saveNotificationPreferences ?? saveNotificationPreferences;
  const unreadChanged = dependencies.onUnreadChanged ?? announceUnreadChanged;
  const pageSize = dependencies.pageSize ?? NOTIFICATIONS_PAGE_SIZE;

  // --- The list.
  const list = shallowRef<NotificationPage | null>(null);
  const state = ref<LoadState>('loading');
  const error = shallowRef<LocalisedText | null>(null);
  const page = ref(1);
  const unreadOnly = ref(false);
  const items = computed(() => list.value?.items ?? []);
  const unread = computed(() => list.value?.unread ?? 0);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    error.value = null;
    try {
      const next = await list$(
        { page: page.value, pageSize, unreadOnly: unreadOnly.value ? 'true' : 'false' },
        current.signal,
      );
      if (current.signal.aborted) return;
      if (next.items.length === 0 && next.total > 0 && page.value > 1) {
        page.value = Math.max(1, Math.ceil(next.total / pageSize));
        return load();
      }
      list.value = next;
      state.value = 'ready';
    } catch (caught) {
      if (current.signal.aborted) return;
      error.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  function setUnreadOnly(only: boolean): Promise<void> {
    unreadOnly.value = only;
    page.value = 1;
    return load();
  }

  // --- Marking read.
  const marking = ref<string | null>(null);
  const markError = shallowRef<LocalisedText | null>(null);
  const markingAll = ref(false);

  function markedLocally(id: string, at: string): void {
    if (!list.value) return;
    const before = list.value.items.find((n) => n.id === id);
    if (!before || before.readAt) return;
    list.value = {
      ...list.value,
      items: list.value.items.map((n) => (n.id === id ? { ...n, readAt: at } : n)),
      unread: Math.max(0, list.value.unread - 1),
    };
  }

  async function markRead(notification: NotificationView): Promise<boolean> {
    if (notification.readAt || marking.value) return false;
    marking.value = notification.id;
    markError.value = null;
    try {
      await read$(notification.id);
      markedLocally(notification.id, new Date().toISOString());
      unreadChanged();
      return true;
    } catch (caught) {
      // Gone meanwhile (another tab, or the organisation changed): show the list as it is now.
      if (caught instanceof ApiProblem && caught.status === 404) void load();
      else markError.value = errorSummary(caught);
      return false;
    } finally {
      marking.value = null;
    }
  }

  async function markAllRead(): Promise<boolean> {
    if (markingAll.value) return false;
    markingAll.value = true;
    markError.value = null;
    try {
      await readAll$();
      unreadChanged();
      page.value = 1;
      await load();
      return true;
    } catch (caught) {
      markError.value = errorSummary(caught);
      return false;
    } finally {
      markingAll.value = false;
    }
  }

  // --- Preferences.
  const preferences = shallowRef<PreferenceRow[]>([]);
  const emailDelivery = ref(false);
  const preferencesState = ref<LoadState>('loading');
  const preferencesError = shallowRef<LocalisedText | null>(null);
  const savingKind = ref<NotificationKind | null>(null);
  const saveError = shallowRef<LocalisedText | null>(null);

  /** The kinds the answer lists (those the organisation can receive), in its order, with their settings. */
  function rowsOf(answer: NotificationPreferences): PreferenceRow[] {
    return answer.items.map((item) => ({ kind: item.kind, inApp: item.inApp, email: item.email ?? true }));
  }

  async function loadPreferences(): Promise<void> {
    preferencesState.value = 'loading';
    preferencesError.value = null;
    try {
      const answer = await preferences$();
      preferences.value = rowsOf(answer);
      emailDelivery.value = answer.emailDelivery === true;
      preferencesState.value = 'ready';
    } catch (caught) {
      preferencesError.value = errorSummary(caught);
      preferencesState.value = 'error';
    }
  }

  async function setPreference(kind: NotificationKind, channel: PreferenceChannel, on: boolean): Promise<boolean> {
    if (savingKind.value) return false;
    const before = preferences.value;
    const row = before.find((r) => r.kind === kind);
    if (!row || row[channel] === on) return false;
    const changed = { ...row, [channel]: on };
    preferences.value = before.map((r) => (r.kind === kind ? changed : r));
    savingKind.value = kind;
    saveError.value = null;
    try {
      const item = channel === 'email' ? { kind, inApp: changed.inApp, email: changed.email } : { kind, inApp: changed.inApp };
      const answer = await savePreferences$({ items: [item] });
      preferences.value = rowsOf(answer);
      if (answer.emailDelivery !== undefined) emailDelivery.value = answer.emailDelivery;
      return true;
    } catch (caught) {
      preferences.value = before;
      saveError.value = errorSummary(caught);
      return false;
    } finally {
      savingKind.value = null;
    }
  }

  function loadAll(): Promise<void> {
    return Promise.all([load(), loadPreferences()]).then(() => undefined);
  }

  return {
    list,
    items,
    unread,
    state,
    error,
    page,
    unreadOnly,
    load,
    setPage,
    setUnreadOnly,
    marking,
    markingAll,
    markError,
    markRead,
    markAllRead,
    preferences,
    emailDelivery,
    preferencesState,
    preferencesError,
    savingKind,
    saveError,
    loadPreferences,
    setPreference,
    loadAll,
  };
}
