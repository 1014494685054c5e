import {
  OPEN_RESPONSE_STATUSES,
  RESPONSE_STATUSES,
  ResponseDecisionSchema,
  type ResponseDecision,
  type DemandView,
  type ResponseStatus,
  type ResponseView,
} from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { ApiProblem } from '../../../api/http';
import { awardDemand, decideResponse, listDemandResponses } from '../../../api/responses';
import { openDemandThread } from '../../../api/threads';
import { errorSummary, issuesToFieldErrors } from '../../../composables/useFormErrors';
import { bilingual, type LocalisedText } from '../../../composables/useLocalisedText';
import { isConflict, responseErrorText } from './response-errors.util';

export type OwnerResponseAction = 'shortlist' | 'reject' | 'award';
export type ResponseFilter = 'ALL' | ResponseStatus;

/** The order the owner reads them in: the outcome, the shortlist, what awaits review, then the rest. */
export const RESPONSE_STATUS_ORDER: readonly ResponseStatus[] = [
  'AWARDED',
  'SHORTLISTED',
  'SUBMITTED',
  'NOT_AWARDED',
  'DEMAND_CLOSED',
  'DEMAND_CANCELLED',
  'REJECTED',
  'DECLINED',
  'WITHDRAWN',
];

/** Statuses a live expression of interest has, before the award. */
const LIVE: readonly ResponseStatus[] = OPEN_RESPONSE_STATUSES;

export function sortResponses(items: readonly ResponseView[]): ResponseView[] {
  const rank = (status: ResponseStatus) => RESPONSE_STATUS_ORDER.indexOf(status);
  return [...items].sort(
    (a, b) => rank(a.status) - rank(b.status) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id),
  );
}

export interface OwnerResponsesListeners {
  /** The demand changed (awarded, or no longer open): reload it. */
  onDemandChanged?: () => void;
  /** A response's status changed (shortlisted, rejected, awarded). */
  onResponsesChanged?: () => void;
}

export interface OwnerResponsesDependencies {
  listDemandResponses?: typeof listDemandResponses;
  decideResponse?: typeof decideResponse;
  awardDemand?: typeof awardDemand;
  openDemandThread?: typeof openDemandThread;
}

/**
 * 响应管理 (the demand's procurer): every response to the demand, counted per status; the owner
 * shortlists, rejects with a reason the firm is shown, awards one live expression of interest after
 * a confirmation, and opens the conversation with a firm. The page is told when the demand itself
 * changed (awarded, or found changed by a 409) so that it reloads it, and when a response's status
 * changed (its list of invitations shows the answers).
 */
export function useOwnerResponses(
  demand: () => DemandView | null,
  listeners: OwnerResponsesListeners = {},
  dependencies: OwnerResponsesDependencies = {},
) {
  const demandChanged = () => listeners.onDemandChanged?.();
  const responsesChanged = () => listeners.onResponsesChanged?.();
  const list$ = dependencies.listDemandResponses ?? listDemandResponses;
  const decide$ = dependencies.decideResponse ?? decideResponse;
  const award$ = dependencies.awardDemand ?? awardDemand;
  const thread$ = dependencies.openDemandThread ?? openDemandThread;

  const responses = shallowRef<ResponseView[]>([]);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const loadError = shallowRef<LocalisedText | null>(null);
  const filter = ref<ResponseFilter>('ALL');

  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    const view = demand();
    if (!view) return;
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const answer = await list$(view.id, current.signal);
      if (current.signal.aborted) return;
      responses.value = answer.items;
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  /** Reloads without the skeleton: the list stays while the new one comes. */
  async function refresh(): Promise<void> {
    const view = demand();
    if (!view) return;
    try {
      responses.value = (await list$(view.id, controller?.signal)).items;
      state.value = 'ready';
    } catch {
      // What is shown stays; the next load brings it up to date.
    }
  }

  const sorted = computed(() => sortResponses(responses.value));
  const counts = computed(() => {
    const result = Object.fromEntries(RESPONSE_STATUSES.map((status) => [status, 0])) as Record<ResponseStatus, number>;
    for (const response of responses.value) result[response.status] += 1;
    return result;
  });
  /** The filter chips: all, then each status that has responses, in reading order. */
  const filters = computed(() => [
    { value: 'ALL' as ResponseFilter, count: responses.value.length },
    ...RESPONSE_STATUS_ORDER.filter((status) => counts.value[status] > 0).map((status) => ({
      value: status as ResponseFilter,
      count: counts.value[status],
    })),
  ]);
  const visible = computed(() =>
    filter.value === 'ALL' ? sorted.value : sorted.value.filter((response) => response.status === filter.value),
  );
  const awarded = computed(() => responses.value.find((response) => response.status === 'AWARDED') ?? null);

  /** Decisions stop at the award (and with a cancellation); the API says the same. */
  const decisionsOpen = computed(() => {
    const status = demand()?.status;
    return status === 'PUBLISHED' || status === 'CLOSED';
  });
  const canShortlist = (response: ResponseView) => decisionsOpen.value && response.status === 'SUBMITTED';
  const canReject = (response: ResponseView) => decisionsOpen.value && LIVE.includes(response.status);
  const canAward = (response: ResponseView) =>
    decisionsOpen.value && response.kind === 'INTEREST' && LIVE.includes(response.status);

  function replace(next: ResponseView): void {
    responses.value = responses.value.map((response) => (response.id === next.id ? next : response));
  }

  // --- Shortlisting, rejection (with a reason) and the award, each confirmed first: the firm is told at once.
  const pending = shallowRef<{ action: OwnerResponseAction; response: ResponseView } | null>(null);
  const reason = ref('');
  const reasonError = shallowRef<LocalisedText | null>(null);
  const actionError = shallowRef<LocalisedText | null>(null);
  const acting = ref(false);
  const lastDone = shallowRef<{ action: OwnerResponseAction; firm: string } | null>(null);

  function ask(action: OwnerResponseAction, response: ResponseView): void {
    pending.value = { action, response };
    reason.value = '';
    reasonError.value = null;
    actionError.value = null;
  }

  function cancelAsk(): void {
    if (!acting.value) pending.value = null;
  }

  function afterConflict(error: unknown): void {
    void refresh().then(responsesChanged);
    const code = error instanceof ApiProblem ? error.code : '';
    if (code === 'ALREADY_AWARDED' || code === 'DEMAND_NOT_OPEN') demandChanged();
  }

  async function confirm(): Promise<boolean> {
    const asked = pending.value;
    const view = demand();
    if (!asked || !view || acting.value) return false;
    reasonError.value = null;
    actionError.value = null;
    let decision: ResponseDecision | null = asked.action === 'shortlist' ? { status: 'SHORTLISTED' } : null;
    if (asked.action === 'reject') {
      const parsed = ResponseDecisionSchema.safeParse({ status: 'REJECTED', reason: reason.value });
      if (!parsed.success) {
        // REASON_REQUIRED carries its own words; the only other rule is the length.
        reasonError.value =
          issuesToFieldErrors(parsed.error.issues, { reason: 'responses.owner.reject.reasonTooLong' }).reason ?? null;
        return false;
      }
      decision = { status: 'REJECTED', reason: parsed.data.reason ?? '' };
    }
    acting.value = true;
    try {
      if (decision) replace(await decide$(asked.response.id, decision));
      else {
        await award$(view.id, asked.response.id);
        // The winner AWARDED, the other live responses NOT_AWARDED, the demand AWARDED.
        void refresh();
        demandChanged();
      }
      responsesChanged();
      lastDone.value = { action: asked.action, firm: asked.response.enterprise.name };
      pending.value = null;
      return true;
    } catch (error) {
      const field =
        error instanceof ApiProblem ? error.problem.errors?.find((entry) => entry.field === 'reason') : undefined;
      if (field) reasonError.value = bilingual(field.messageZh ?? field.message, field.message);
      else actionError.value = responseErrorText(error);
      if (isConflict(error)) afterConflict(error);
      return false;
    } finally {
      acting.value = false;
    }
  }

  // --- 发消息: opens (or finds) the conversation with the firm; the view navigates to it.
  const openingThread = ref<string | null>(null);
  const threadError = shallowRef<{ enterpriseId: string; text: LocalisedText } | null>(null);

  async function openThread(enterpriseId: string): Promise<string | null> {
    const view = demand();
    if (!view || openingThread.value) return null;
    openingThread.value = enterpriseId;
    threadError.value = null;
    try {
      return (await thread$(view.id, enterpriseId)).id;
    } catch (error) {
      threadError.value = { enterpriseId, text: errorSummary(error) };
      return null;
    } finally {
      openingThread.value = null;
    }
  }

  return {
    responses,
    state,
    loadError,
    load,
    refresh,
    filter,
    filters,
    counts,
    sorted,
    visible,
    awarded,
    decisionsOpen,
    canShortlist,
    canReject,
    canAward,
    pending,
    reason,
    reasonError,
    actionError,
    acting,
    lastDone,
    ask,
    cancelAsk,
    confirm,
    openingThread,
    threadError,
    openThread,
  };
}
