import type {
  AlertItemView,
  AlertPage,
  SavedSearchKind,
  SavedSearchList,
  SavedSearchQueryInput,
  SavedSearchView,
} from '@mcf/contracts';
import type { Locale, QualificationTypeCode, SectorCode } from '@mcf/domain';
import { computed, type MaybeRefOrGetter, onScopeDispose, reactive, ref, shallowRef } from 'vue';
import {
  type createSavedSearch,
  deleteSavedSearch,
  listAlerts,
  listSavedSearches,
  sendAlertFeedback,
} from '../../api/alerts';
import { ApiProblem } from '../../api/http';
import { errorSummary } from '../../composables/useFormErrors';
import type { LocalisedText } from '../../composables/useLocalisedText';
import { useSaveSearch } from './useSaveSearch';

export const ALERTS_PAGE_SIZE = 20;

export interface AlertsPageDependencies {
  listSavedSearches?: typeof listSavedSearches;
  createSavedSearch?: typeof createSavedSearch;
  deleteSavedSearch?: typeof deleteSavedSearch;
  listAlerts?: typeof listAlerts;
  sendAlertFeedback?: typeof sendAlertFeedback;
  language?: MaybeRefOrGetter<Locale>;
  pageSize?: number;
}

type LoadState = 'loading' | 'ready' | 'error';

/** The new saved search's query as the page's form holds it. */
export interface SavedSearchForm {
  kind: SavedSearchKind;
  q: string;
  sectors: SectorCode[];
  regions: string[];
  qualifications: QualificationTypeCode[];
}

const emptyForm = (): SavedSearchForm => ({ kind: 'DEMANDS', q: '', sectors: [], regions: [], qualifications: [] });

/**
 * 订阅与提醒: the user's saved searches (create, delete after confirmation, at most `max`) and what
 * matched them, most relevant first, each with a "不相关" button (and its undo).
 */
export function useAlertsPage(dependencies: AlertsPageDependencies = {}) {
  const listSearches$ = dependencies.listSavedSearches ?? listSavedSearches;
  const delete$ = dependencies.deleteSavedSearch ?? deleteSavedSearch;
  const listAlerts$ = dependencies.listAlerts ?? listAlerts;
  const feedback$ = dependencies.sendAlertFeedback ?? sendAlertFeedback;
  const pageSize = dependencies.pageSize ?? ALERTS_PAGE_SIZE;

  // --- Saved searches.
  const searches = shallowRef<SavedSearchList | null>(null);
  const searchesState = ref<LoadState>('loading');
  const searchesError = shallowRef<LocalisedText | null>(null);
  const searchItems = computed(() => searches.value?.items ?? []);
  const limitReached = computed(() => searches.value !== null && searchItems.value.length >= searches.value.max);

  async function loadSearches(): Promise<void> {
    searchesState.value = 'loading';
    searchesError.value = null;
    try {
      searches.value = await listSearches$();
      searchesState.value = 'ready';
    } catch (error) {
      searchesError.value = errorSummary(error);
      searchesState.value = 'error';
    }
  }

  // --- Alerts, a page at a time.
  const alerts = shallowRef<AlertPage | null>(null);
  const alertsState = ref<LoadState>('loading');
  const alertsError = shallowRef<LocalisedText | null>(null);
  const page = ref(1);
  const alertItems = computed(() => alerts.value?.items ?? []);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function loadAlerts(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    alertsState.value = 'loading';
    alertsError.value = null;
    try {
      const next = await listAlerts$({ page: page.value, pageSize }, current.signal);
      if (current.signal.aborted) return;
      alerts.value = next;
      alertsState.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      alertsError.value = errorSummary(error);
      alertsState.value = 'error';
    }
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return loadAlerts();
  }

  function load(): Promise<void> {
    return Promise.all([loadSearches(), loadAlerts()]).then(() => undefined);
  }

  // --- Creating one: the same composable as "保存为订阅" on the search pages, over this page's form.
  const form = reactive<SavedSearchForm>(emptyForm());
  const creator = useSaveSearch(
    () => form.kind,
    (): SavedSearchQueryInput => ({
      q: form.q,
      sectors: form.sectors,
      regions: form.regions,
      qualifications: form.qualifications,
    }),
    { language: dependencies.language, createSavedSearch: dependencies.createSavedSearch },
  );

  function startCreating(): void {
    Object.assign(form, emptyForm());
    creator.open('');
  }

  async function create(): Promise<boolean> {
    const saved = await creator.submit();
    if (!saved) return false;
    await loadSearches();
    return true;
  }

  // --- Deleting one, confirmed first.
  const pendingDelete = shallowRef<SavedSearchView | null>(null);
  const deleteError = shallowRef<LocalisedText | null>(null);
  const deleting = ref(false);

  function askDelete(search: SavedSearchView): void {
    pendingDelete.value = search;
    deleteError.value = null;
  }

  function cancelDelete(): void {
    if (!deleting.value) pendingDelete.value = null;
  }

  async function confirmDelete(): Promise<boolean> {
    const search = pendingDelete.value;
    if (!search || deleting.value) return false;
    deleting.value = true;
    deleteError.value = null;
    try {
      await delete$(search.id);
      pendingDelete.value = null;
      await load();
      return true;
    } catch (error) {
      // Already gone (deleted in another tab): show the lists as they are now.
      if (error instanceof ApiProblem && error.status === 404) {
        pendingDelete.value = null;
        await load();
        return true;
      }
      deleteError.value = errorSummary(error);
      return false;
    } finally {
      deleting.value = false;
    }
  }

  // --- "不相关" and its undo.
  const feedbackBusy = ref<string | null>(null);
  const feedbackError = shallowRef<LocalisedText | null>(null);

  async function giveFeedback(alert: AlertItemView, relevant: boolean): Promise<boolean> {
    if (feedbackBusy.value) return false;
    feedbackBusy.value = alert.id;
    feedbackError.value = null;
    try {
      const updated = await feedback$(alert.id, relevant);
      if (alerts.value) {
        alerts.value = {
          ...alerts.value,
          items: alerts.value.items.map((item) => (item.id === updated.id ? updated : item)),
        };
      }
      return true;
    } catch (error) {
      feedbackError.value = errorSummary(error);
      if (error instanceof ApiProblem && error.status === 404) void loadAlerts();
      return false;
    } finally {
      feedbackBusy.value = null;
    }
  }

  return {
    searches,
    searchItems,
    searchesState,
    searchesError,
    limitReached,
    loadSearches,
    alerts,
    alertItems,
    alertsState,
    alertsError,
    page,
    loadAlerts,
    setPage,
    load,
    form,
    creator,
    startCreating,
    create,
    pendingDelete,
    deleteError,
    deleting,
    askDelete,
    cancelDelete,
    confirmDelete,
    feedbackBusy,
    feedbackError,
    markNotRelevant: (alert: AlertItemView) => giveFeedback(alert, false),
    undoNotRelevant: (alert: AlertItemView) => giveFeedback(alert, true),
  };
}
