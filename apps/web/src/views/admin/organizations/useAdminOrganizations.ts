import {
  ORGANIZATION_KINDS,
  ORGANIZATION_SORTS,
  type OrganizationAdminPage,
  type OrganizationAdminView,
  type OrganizationKind,
  type OrganizationStatus,
  OrganizationStatusSchema,
  type StatusReasonRequest,
  StatusReasonRequestSchema,
} from '@mcf/contracts';
import {
  nextOrganizationStatus,
  ORGANIZATION_STATUS_ACTIONS,
  type OrganizationStatusAction,
  statusActionNeedsReason,
} from '@mcf/domain';
import { shallowRef } from 'vue';
import type { LocationQuery } from 'vue-router';
import { changeOrganizationStatus, listOrganizations, type OrganizationListQuery } from '../../../api/admin';
import { useAdminList } from '../../../composables/useAdminList';
import { useConfirmWithReason } from '../../../composables/useConfirmWithReason';

export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];
export const ORGANIZATION_STATUSES: readonly OrganizationStatus[] = OrganizationStatusSchema.options;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** What the filter bar holds; empty strings mean "any". */
export interface OrganizationFilters {
  status: OrganizationStatus | '';
  kind: OrganizationKind | '';
  q: string;
  sort: OrganizationSort;
  page: number;
  pageSize: number;
}

export const DEFAULT_ORGANIZATION_FILTERS: Readonly<OrganizationFilters> = {
  // Review work first: the queue of organisations waiting for verification.
  status: 'PENDING_VERIFICATION',
  kind: '',
  q: '',
  sort: '-createdAt',
  page: 1,
  pageSize: 20,
};

/** The API query for the filters: only what is set, the search text trimmed. */
export function buildOrganizationQuery(filters: OrganizationFilters): OrganizationListQuery {
  const query: OrganizationListQuery = { page: filters.page, pageSize: filters.pageSize, sort: filters.sort };
  if (filters.status) query.status = filters.status;
  if (filters.kind) query.kind = filters.kind;
  const q = filters.q.trim();
  if (q) query.q = q.slice(0, 100);
  return query;
}

function single(value: LocationQuery[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

function positiveInt(value: string | undefined, fallback: number, max: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= max ? number : fallback;
}

/**
 * The filters an address carries (`?status=&kind=&q=&sort=&page=&pageSize=`), so that a reload or a
 * shared link shows the same list; unknown values fall back to the defaults. `status=ALL` means any.
 */
export function filtersFromRouteQuery(query: LocationQuery): OrganizationFilters {
  const status = single(query.status);
  const kind = single(query.kind);
  const sort = single(query.sort);
  return {
    status:
      status === 'ALL'
        ? ''
        : ORGANIZATION_STATUSES.includes(status as OrganizationStatus)
          ? (status as OrganizationStatus)
          : DEFAULT_ORGANIZATION_FILTERS.status,
    kind: ORGANIZATION_KINDS.includes(kind as OrganizationKind) ? (kind as OrganizationKind) : '',
    q: single(query.q) ?? '',
    sort: ORGANIZATION_SORTS.includes(sort as OrganizationSort) ? (sort as OrganizationSort) : '-createdAt',
    page: positiveInt(single(query.page), 1, 10_000),
    pageSize: positiveInt(single(query.pageSize), DEFAULT_ORGANIZATION_FILTERS.pageSize, 100),
  };
}

/** The address query for the filters: only what differs from the defaults. */
export function filtersToRouteQuery(filters: OrganizationFilters): Record<string, string> {
  const query: Record<string, string> = {};
  const defaults = DEFAULT_ORGANIZATION_FILTERS;
  if (filters.status !== defaults.status) query.status = filters.status || 'ALL';
  if (filters.kind) query.kind = filters.kind;
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.sort !== defaults.sort) query.sort = filters.sort;
  if (filters.page !== 1) query.page = String(filters.page);
  if (filters.pageSize !== defaults.pageSize) query.pageSize = String(filters.pageSize);
  return query;
}

/** The actions the organisation's status allows, in the order the buttons show them. */
export function actionsFor(status: OrganizationStatus): OrganizationStatusAction[] {
  return ORGANIZATION_STATUS_ACTIONS.filter((action) => nextOrganizationStatus(status, action) !== null);
}

export interface PendingStatusAction {
  organization: OrganizationAdminView;
  action: OrganizationStatusAction;
}

export interface AdminOrganizationsDependencies {
  listOrganizations?: (query: OrganizationListQuery, signal?: AbortSignal) => Promise<OrganizationAdminPage>;
  changeOrganizationStatus?: (
    organizationId: string,
    action: OrganizationStatusAction,
    body?: StatusReasonRequest,
  ) => Promise<OrganizationAdminView>;
  initialFilters?: OrganizationFilters;
  /** Told the filters after each load, to keep the address in step. */
  onFiltersApplied?: (filters: OrganizationFilters) => void;
}

/**
 * 机构审核: the organisations list with filters, search, sort and paging, and the status actions, each
 * confirmed first (and given a reason where the organisation is refused or suspended). After an action
 * the list is loaded again, so that it shows what the API now holds.
 */
export function useAdminOrganizations(dependencies: AdminOrganizationsDependencies = {}) {
  const list = dependencies.listOrganizations ?? listOrganizations;
  const changeStatus = dependencies.changeOrganizationStatus ?? changeOrganizationStatus;

  const { filters, result, state, loadError, load, applyFilters, setPage, setPageSize, resetFilters } =
    useAdminList({
      initial: dependencies.initialFilters ?? (DEFAULT_ORGANIZATION_FILTERS as OrganizationFilters),
      // Reset shows every organisation, not only the review queue the page opens on.
      resetTo: { ...DEFAULT_ORGANIZATION_FILTERS, status: '' },
      fetch: (current, signal) => list(buildOrganizationQuery(current), signal),
      onLoaded: dependencies.onFiltersApplied,
    });

  /** The last action that went through, for the confirmation banner. */
  const lastDone = shallowRef<PendingStatusAction | null>(null);
  const decision = useConfirmWithReason<PendingStatusAction>({
    needsReason: (current) => statusActionNeedsReason(current.action),
    reasonSchema: StatusReasonRequestSchema,
    act: async (current, reason) => {
      await changeStatus(
        current.organization.id,
        current.action,
        statusActionNeedsReason(current.action) ? { reason } : undefined,
      );
      lastDone.value = current;
    },
    reload: load,
    // Someone else may have changed the organisation meanwhile (409): show what it is now.
    reloadOn: [409],
  });
  const { pending, reason, reasonError, actionError, acting, cancel, confirm } = decision;

  function ask(organization: OrganizationAdminView, action: OrganizationStatusAction): void {
    decision.ask({ organization, action });
  }

  void load();

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
    dismissLastDone: () => (lastDone.value = null),
  };
}
