import {
  AdminDemandModerationSchema,
  DEMAND_STATUSES,
  type AdminDemandRow,
  type DemandStatus,
} from '@mcf/contracts';
import { shallowRef } from 'vue';
import {
  type AdminDemandListQuery,
  type DemandModeration,
  listAdminDemands,
  moderateDemand,
} from '../../../api/admin-demands';
import { useAdminList } from '../../../composables/useAdminList';
import { useConfirmWithReason } from '../../../composables/useConfirmWithReason';

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

  const { filters, result, state, loadError, load, applyFilters, setPage, setPageSize, resetFilters } =
    useAdminList({
      initial: DEFAULT_ADMIN_DEMAND_FILTERS as AdminDemandFilters,
      resetTo: DEFAULT_ADMIN_DEMAND_FILTERS,
      fetch: (current, signal) => list(buildAdminDemandQuery(current), signal),
    });

  const lastDone = shallowRef<PendingModeration | null>(null);
  const decision = useConfirmWithReason<PendingModeration>({
    needsReason: () => true,
    reasonSchema: AdminDemandModerationSchema,
    act: async (current, reason) => {
      await moderate(current.demand.id, current.action, reason);
      lastDone.value = current;
    },
    reload: load,
    // Someone changed it meanwhile (409): show the list as it is now.
    reloadOn: [409],
  });
  const { pending, reason, reasonError, actionError, acting, cancel, confirm } = decision;

  function ask(demand: AdminDemandRow, action: DemandModeration): void {
    decision.ask({ demand, action });
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
