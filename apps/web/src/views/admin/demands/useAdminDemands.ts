import {
  AdminDemandModerationSchema,
  DEMAND_STATUSES,
  type AdminDemandPage,
  type AdminDemandRow,
  type DemandStatus,
} from '@mcf/contracts';
import { onScopeDispose, reactive, ref, shallowRef } from 'vue';
import {
  type AdminDemandListQuery,
  type DemandModeration,
  listAdminDemands,
  moderateDemand,
} from '../../../api/admin-demands';
import { ApiProblem } from '../../../api/http';
import { errorSummary, issuesToFieldErrors } from '../../../composables/useFormErrors';
import { bilingual, type LocalisedText } from '../../../composables/useLocalisedText';

export const ADMIN_DEMAND_STATUSES: readonly DemandStatus[] = DEMAND_STATUSES;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** What the filter bar holds; empty strings mean "any". */
export interface AdminDemandFilters {
  status: DemandStatus | '';
  organization: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_ADMIN_DEMAND_FILTERS: Readonly<AdminDemandFilters> = {
  status: '',
  organization: '',
  page: 1,
  pageSize: 20,
};

/** The API query for the filters: only what is set, the organisation name trimmed. */
export function buildAdminDemandQuery(filters: AdminDemandFilters): AdminDemandListQuery {
  const query: AdminDemandListQuery = { page: filters.page, pageSize: filters.pageSize };
  if (filters.status) query.status = filters.status;
  const organization = filters.organization.trim();
  if (organization) query.organization = organization.slice(0, 100);
  return query;
}

/** The moderation actions a demand's status allows: close a published one, cancel a draft or a published one. */
export function moderationsFor(status: DemandStatus): DemandModeration[] {
  if (status === 'PUBLISHED') return ['close', 'cancel'];
  if (status === 'DRAFT') return ['cancel'];
  return [];
}

export interface PendingModeration {
  demand: AdminDemandRow;
  action: DemandModeration;
}

export interface AdminDemandsDependencies {
  listAdminDemands?: typeof listAdminDemands;
  moderateDemand?: typeof moderateDemand;
}

/**
 * 需求管理: every demand with filters (status, organisation name) and paging; an administrator closes
 * or cancels one after confirming, with a required reason the owner and the responding firms are told.
 */
export function useAdminDemands(dependencies: AdminDemandsDependencies = {}) {
  const list = dependencies.listAdminDemands ?? listAdminDemands;
  const moderate = dependencies.moderateDemand ?? moderateDemand;

  const filters = reactive<AdminDemandFilters>({ ...DEFAULT_ADMIN_DEMAND_FILTERS });
  const result = shallowRef<AdminDemandPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);

  let inFlight: AbortController | null = null;
  onScopeDispose(() => inFlight?.abort());

  async function load(): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    state.value = 'loading';
    loadError.value = null;
    try {
      const page = await list(buildAdminDemandQuery(filters), controller.signal);
      if (controller.signal.aborted) return;
      result.value = page;
      state.value = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  /** A filter changed: back to the first page. */
  function applyFilters(): Promise<void> {
    filters.page = 1;
    return load();
  }

  function setPage(page: number): Promise<void> {
    filters.page = page;
    return load();
  }

  function setPageSize(pageSize: number): Promise<void> {
    filters.pageSize = pageSize;
    filters.page = 1;
    return load();
  }

  function resetFilters(): Promise<void> {
    Object.assign(filters, DEFAULT_ADMIN_DEMAND_FILTERS);
    return load();
  }

  const pending = shallowRef<PendingModeration | null>(null);
  const reason = ref('');
  const reasonError = shallowRef<LocalisedText | null>(null);
  const actionError = shallowRef<LocalisedText | null>(null);
  const acting = ref(false);
  const lastDone = shallowRef<PendingModeration | null>(null);

  function ask(demand: AdminDemandRow, action: DemandModeration): void {
    pending.value = { demand, action };
    reason.value = '';
    reasonError.value = null;
    actionError.value = null;
  }

  function cancel(): void {
    if (!acting.value) pending.value = null;
  }

  async function confirm(): Promise<boolean> {
    const current = pending.value;
    if (!current || acting.value) return false;
    reasonError.value = null;
    actionError.value = null;
    const parsed = AdminDemandModerationSchema.safeParse({ reason: reason.value });
    if (!parsed.success) {
      reasonError.value = issuesToFieldErrors(parsed.error.issues, { reason: 'validation.reason' }).reason ?? null;
      return false;
    }
    acting.value = true;
    try {
      await moderate(current.demand.id, current.action, parsed.data.reason);
      pending.value = null;
      lastDone.value = current;
      await load();
      return true;
    } catch (error) {
      const field = error instanceof ApiProblem ? error.problem.errors?.find((entry) => entry.field === 'reason') : undefined;
      if (field) reasonError.value = bilingual(field.messageZh ?? field.message, field.message);
      else actionError.value = errorSummary(error);
      // Someone changed it meanwhile (409): show the list as it is now.
      if (error instanceof ApiProblem && error.status === 409) void load();
      return false;
    } finally {
      acting.value = false;
    }
  }

  return {
    filters,
    result,
    state,
    loadError,
    load,
    applyFilters,
    setPage,
    setPageSize,
    resetFilters,
    pending,
    reason,
    reasonError,
    actionError,
    acting,
    lastDone,
    ask,
    cancel,
    confirm,
  };
}
