import type { DemandStatus, MyInvitationView, ResponseStatus, ResponseView } from '@mcf/contracts';
import { chinaDateOf } from '@mcf/domain';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { listMyInvitations, listMyResponses } from '../../../api/firm-responses';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

/** One demand the firm was invited to or answered: its invitation and its current response, if any. */
export interface InvitationRow {
  demandId: string;
  demandTitle: string;
  /** Known for invitations (the response list does not carry it). */
  demandStatus: DemandStatus | null;
  deadline: string | null;
  procurerName: string | null;
  invitation: { message: string; invitedAt: string } | null;
  response: Pick<ResponseView, 'id' | 'kind' | 'status' | 'statusReason' | 'createdAt' | 'updatedAt'> | null;
  /**
   * The response's status; for an invitation not answered, PENDING while the demand still takes
   * responses, UNANSWERED once it no longer does.
   */
  status: InvitationRowStatus;
  /** The latest of the invitation and the response. */
  lastActivityAt: string;
}

export type InvitationRowStatus = ResponseStatus | 'PENDING' | 'UNANSWERED';
export type InvitationFilter = 'all' | 'pending' | 'answered';
export type SortOrder = 'ascending' | 'descending';

export const PAGE_SIZES = [10, 20, 50] as const;

export interface EnterpriseInvitationsDependencies {
  listMyInvitations?: typeof listMyInvitations;
  listMyResponses?: typeof listMyResponses;
  /** Today's date is taken in China time, as the API does. */
  now?: () => Date;
}

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/** Joins invitations and responses by demand; a demand's live response wins over withdrawn ones. */
export function invitationRows(
  invitations: readonly MyInvitationView[],
  responses: readonly ResponseView[],
  today: string,
): InvitationRow[] {
  const rows = new Map<string, InvitationRow>();
  for (const invitation of invitations) {
    const open =
      invitation.demandStatus === 'PUBLISHED' && !(invitation.deadline && invitation.deadline < today);
    rows.set(invitation.demandId, {
      demandId: invitation.demandId,
      demandTitle: invitation.demandTitle,
      demandStatus: invitation.demandStatus,
      deadline: invitation.deadline,
      procurerName: invitation.procurer.name,
      invitation: { message: invitation.message, invitedAt: invitation.invitedAt },
      response: null,
      status: open ? 'PENDING' : 'UNANSWERED',
      lastActivityAt: invitation.invitedAt,
    });
  }
  // Oldest first, so that a later (or live) response replaces an earlier withdrawn one.
  const ordered = [...responses].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const response of ordered) {
    const row = rows.get(response.demandId);
    const kept = row?.response;
    if (kept && kept.status !== 'WITHDRAWN' && response.status === 'WITHDRAWN') continue;
    const picked = {
      id: response.id,
      kind: response.kind,
      status: response.status,
      statusReason: response.statusReason,
      createdAt: response.createdAt,
      updatedAt: response.updatedAt,
    };
    rows.set(response.demandId, {
      demandId: response.demandId,
      demandTitle: row?.demandTitle ?? response.demandTitle,
      demandStatus: row?.demandStatus ?? null,
      deadline: row?.deadline ?? null,
      procurerName: row?.procurerName ?? null,
      invitation: row?.invitation ?? null,
      response: picked,
      status: response.status,
      lastActivityAt: row ? later(row.lastActivityAt, response.updatedAt) : response.updatedAt,
    });
  }
  return [...rows.values()];
}

/**
 * 我的邀请与响应: every demand the firm was invited to or answered, newest activity first, with the
 * invitation, the response's status and the procurer's reason for a rejection. Both lists are short
 * (the API returns the latest 200 of each), so filtering, sorting and paging happen here.
 */
export function useEnterpriseInvitations(dependencies: EnterpriseInvitationsDependencies = {}) {
  const invitations$ = dependencies.listMyInvitations ?? listMyInvitations;
  const responses$ = dependencies.listMyResponses ?? listMyResponses;
  const now = dependencies.now ?? (() => new Date());

  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const rows = shallowRef<InvitationRow[]>([]);

  const filter = ref<InvitationFilter>('all');
  const sortOrder = ref<SortOrder>('descending');
  const page = ref(1);
  const pageSize = ref<number>(PAGE_SIZES[0]);

  const counts = computed(() => ({
    all: rows.value.length,
    pending: rows.value.filter((r) => r.status === 'PENDING').length,
    answered: rows.value.filter((r) => r.response !== null).length,
  }));

  const filtered = computed(() => {
    const kept = rows.value.filter((r) =>
      filter.value === 'all' ? true : filter.value === 'pending' ? r.status === 'PENDING' : r.response !== null,
    );
    const sign = sortOrder.value === 'ascending' ? 1 : -1;
    return kept.sort((a, b) => sign * (Date.parse(a.lastActivityAt) - Date.parse(b.lastActivityAt)));
  });
  const total = computed(() => filtered.value.length);
  const pageRows = computed(() =>
    filtered.value.slice((page.value - 1) * pageSize.value, page.value * pageSize.value),
  );

  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const [invitations, responses] = await Promise.all([
        invitations$(current.signal),
        responses$(current.signal),
      ]);
      if (current.signal.aborted) return;
      rows.value = invitationRows(invitations.items, responses.items, chinaDateOf(now()));
      const lastPage = Math.max(1, Math.ceil(total.value / pageSize.value));
      if (page.value > lastPage) page.value = lastPage;
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function setFilter(next: InvitationFilter): void {
    filter.value = next;
    page.value = 1;
  }

  /** From the table's sort-change; a cleared sort falls back to newest first. */
  function setSort(order: SortOrder | null): void {
    sortOrder.value = order ?? 'descending';
    page.value = 1;
  }

  function setPage(next: number): void {
    page.value = next;
  }

  function setPageSize(next: number): void {
    pageSize.value = next;
    page.value = 1;
  }

  return {
    state,
    loadError,
    load,
    rows,
    counts,
    filter,
    sortOrder,
    page,
    pageSize,
    total,
    pageRows,
    setFilter,
    setSort,
    setPage,
    setPageSize,
  };
}
