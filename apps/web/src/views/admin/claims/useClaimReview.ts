import {
  type ClaimAdminPage,
  type ClaimAdminView,
  ClaimRejectRequestSchema,
  type ClaimStatus,
} from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { approveClaim, listClaims, rejectClaim } from '../../../api/claims';
import { useConfirmWithReason } from '../../../composables/useConfirmWithReason';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export type ClaimAction = 'approve' | 'reject';
/** The list's filter: one status, or every claim. */
export type ClaimFilter = ClaimStatus | 'ALL';

export interface ClaimReviewDependencies {
  listClaims?: typeof listClaims;
  approveClaim?: typeof approveClaim;
  rejectClaim?: typeof rejectClaim;
  pageSize?: number;
}

/**
 * 认领审核: claims of imported and demo organisations. An administrator opens one to compare the
 * business licence with the organisation, then approves (the claimant becomes its owner) or rejects it
 * with a reason the claimant is told; both are confirmed first.
 */
export function useClaimReview(dependencies: ClaimReviewDependencies = {}) {
  const list$ = dependencies.listClaims ?? listClaims;
  const approve$ = dependencies.approveClaim ?? approveClaim;
  const reject$ = dependencies.rejectClaim ?? rejectClaim;

  const filter = ref<ClaimFilter>('PENDING');
  const page = ref(1);
  const pageSize = ref(dependencies.pageSize ?? 20);
  const result = shallowRef<ClaimAdminPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const opened = shallowRef<ClaimAdminView | null>(null);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  const items = computed<ClaimAdminView[]>(() => result.value?.items ?? []);

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const status = filter.value === 'ALL' ? undefined : filter.value;
      const next = await list$({ status, page: page.value, pageSize: pageSize.value }, current.signal);
      if (current.signal.aborted) return;
      result.value = next;
      state.value = 'ready';
      if (opened.value) opened.value = next.items.find((item) => item.id === opened.value?.id) ?? null;
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function setFilter(next: ClaimFilter): Promise<void> {
    filter.value = next;
    page.value = 1;
    opened.value = null;
    return load();
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  function open(claim: ClaimAdminView | null): void {
    opened.value = claim;
  }

  const lastDone = shallowRef<{ action: ClaimAction; claim: ClaimAdminView } | null>(null);
  const decision = useConfirmWithReason<{ action: ClaimAction; claim: ClaimAdminView }>({
    needsReason: ({ action }) => action === 'reject',
    reasonSchema: ClaimRejectRequestSchema,
    act: async ({ action, claim }, reason) => {
      const decided = action === 'approve' ? await approve$(claim.id) : await reject$(claim.id, reason);
      lastDone.value = { action, claim: decided };
    },
    // After a decision, or when it was decided elsewhere or the organisation got a member meanwhile.
    reload: load,
  });
  const { pending, reason, reasonError, actionError, acting, cancel, confirm } = decision;

  function ask(action: ClaimAction, claim: ClaimAdminView): void {
    decision.ask({ action, claim });
  }

  void load();

  return {
    filter,
    page,
    result,
    items,
    state,
    loadError,
    load,
    setFilter,
    setPage,
    opened,
    open,
    pending,
    reason,
    reasonError,
    actionError,
    acting,
    lastDone,
    ask,
    cancel,
    confirm,
    dismissNotice: () => {
      lastDone.value = null;
    },
  };
}
