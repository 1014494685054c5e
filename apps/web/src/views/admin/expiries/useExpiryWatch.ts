import type { ExpiringQualification, ExpiringQualificationPage, ExpiringQualificationQuery, ExpiryReminderResult } from '@mcf/contracts';
import { EXPIRY_WATCH_WINDOWS, type ExpiryWatchWindow } from '@mcf/domain';
import { computed, onScopeDispose, reactive, ref, shallowRef } from 'vue';
import { type ExpiringListQuery, listExpiringQualifications, remindExpiringOwners } from '../../../api/admin-qualifications';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export { EXPIRY_WATCH_WINDOWS };

export interface ExpiryFilters {
  within: ExpiryWatchWindow;
  /** A qualification type code, or '' for all. */
  type: string;
  /** A region code (province, city or county), or '' for all. */
  region: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_EXPIRY_FILTERS: Readonly<ExpiryFilters> = { within: 30, type: '', region: '', page: 1, pageSize: 20 };

/** The API query for the filters: only what is set. */
export function buildExpiryQuery(filters: ExpiryFilters): ExpiringListQuery {
  const query: ExpiringListQuery = {
    within: String(filters.within) as '30' | '60' | '90',
    page: filters.page,
    pageSize: filters.pageSize,
  };
  if (filters.type) query.type = filters.type as ExpiringQualificationQuery['type'];
  if (filters.region) query.region = filters.region;
  return query;
}

/** How urgent a certificate is, for its tag: within a week, within 30 days, later. */
export function urgencyOf(daysLeft: number): 'danger' | 'warning' | 'info' {
  if (daysLeft <= 7) return 'danger';
  if (daysLeft <= 30) return 'warning';
  return 'info';
}

export interface PendingReminder {
  /** The certificates to remind of: one (a row's button) or the selection. */
  items: ExpiringQualification[];
}

export interface ExpiryWatchDependencies {
  listExpiringQualifications?: typeof listExpiringQualifications;
  remindExpiringOwners?: typeof remindExpiringOwners;
}

/**
 * 到期预警: approved certificates expiring within 30, 60 or 90 days, by type and region; an administrator
 * reminds one owner or a selection at once, after confirming, and sees who was reminded and who not.
 */
export function useExpiryWatch(dependencies: ExpiryWatchDependencies = {}) {
  const list$ = dependencies.listExpiringQualifications ?? listExpiringQualifications;
  const remind$ = dependencies.remindExpiringOwners ?? remindExpiringOwners;

  const filters = reactive<ExpiryFilters>({ ...DEFAULT_EXPIRY_FILTERS });
  const result = shallowRef<ExpiringQualificationPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const selected = ref<string[]>([]);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  const items = computed<ExpiringQualification[]>(() => result.value?.items ?? []);
  /** Only those not yet reminded in their window can be selected. */
  const selectable = (item: ExpiringQualification) => item.remindedAt === null;

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const page = await list$(buildExpiryQuery(filters), current.signal);
      if (current.signal.aborted) return;
      result.value = page;
      selected.value = selected.value.filter((id) => page.items.some((item) => item.id === id && selectable(item)));
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function applyFilters(): Promise<void> {
    filters.page = 1;
    selected.value = [];
    return load();
  }

  function setWindow(within: ExpiryWatchWindow): Promise<void> {
    filters.within = within;
    return applyFilters();
  }

  function setPage(page: number): Promise<void> {
    filters.page = page;
    return load();
  }

  function setPageSize(pageSize: number): Promise<void> {
    filters.pageSize = pageSize;
    return applyFilters();
  }

  function resetFilters(): Promise<void> {
    Object.assign(filters, DEFAULT_EXPIRY_FILTERS);
    selected.value = [];
    return load();
  }

  // --- Reminding, confirmed first.
  const pending = shallowRef<PendingReminder | null>(null);
  const acting = ref(false);
  const actionError = shallowRef<LocalisedText | null>(null);
  const lastResult = shallowRef<ExpiryReminderResult | null>(null);

  function askOne(item: ExpiringQualification): void {
    pending.value = { items: [item] };
    actionError.value = null;
  }

  function askSelected(): void {
    const chosen = items.value.filter((item) => selected.value.includes(item.id));
    if (chosen.length === 0) return;
    pending.value = { items: chosen };
    actionError.value = null;
  }

  function cancel(): void {
    if (!acting.value) pending.value = null;
  }

  async function confirm(): Promise<boolean> {
    const reminder = pending.value;
    if (!reminder || acting.value) return false;
    acting.value = true;
    actionError.value = null;
    try {
      lastResult.value = await remind$(reminder.items.map((item) => item.id));
      pending.value = null;
      selected.value = [];
      await load();
      return true;
    } catch (error) {
      actionError.value = errorSummary(error);
      return false;
    } finally {
      acting.value = false;
    }
  }

  return {
    filters,
    result,
    items,
    state,
    loadError,
    selected,
    selectable,
    load,
    applyFilters,
    setWindow,
    setPage,
    setPageSize,
    resetFilters,
    pending,
    acting,
    actionError,
    lastResult,
    askOne,
    askSelected,
    cancel,
    confirm,
    dismissResult: () => {
      lastResult.value = null;
    },
  };
}
