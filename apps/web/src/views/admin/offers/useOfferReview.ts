import { type OfferPage, OfferRejectSchema, type OfferStatus, type OfferView } from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { approveOffer, listOffersForReview, rejectOffer } from '../../../api/offers';
import { useConfirmWithReason } from '../../../composables/useConfirmWithReason';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export type OfferReviewAction = 'approve' | 'reject';

export interface OfferReviewDependencies {
  listOffersForReview?: typeof listOffersForReview;
  approveOffer?: typeof approveOffer;
  rejectOffer?: typeof rejectOffer;
}

/**
 * 技术成果审核: offers waiting for review, oldest first (or those of another status). An administrator
 * reads one, checks that it is non-classified and complete, and approves it (published, indexed and
 * matched) or rejects it with a reason the owner is told; both are confirmed first.
 */
export function useOfferReview(dependencies: OfferReviewDependencies = {}) {
  const list$ = dependencies.listOffersForReview ?? listOffersForReview;
  const approve$ = dependencies.approveOffer ?? approveOffer;
  const reject$ = dependencies.rejectOffer ?? rejectOffer;
  const status = ref<OfferStatus>('PENDING_REVIEW');
  const page = ref(1);
  const result = shallowRef<OfferPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const opened = shallowRef<OfferView | null>(null);
  const lastDone = shallowRef<{ action: OfferReviewAction; offer: OfferView } | null>(null);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());
  const items = computed(() => result.value?.items ?? []);

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const next = await list$({ status: status.value, page: page.value, pageSize: 20 }, current.signal);
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

  function setStatus(next: OfferStatus): Promise<void> {
    status.value = next;
    page.value = 1;
    opened.value = null;
    return load();
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  const decision = useConfirmWithReason<{ action: OfferReviewAction; offer: OfferView }>({
    needsReason: ({ action }) => action === 'reject',
    reasonSchema: OfferRejectSchema,
    act: async ({ action, offer }, reason) => {
      const decided = action === 'approve' ? await approve$(offer.id) : await reject$(offer.id, reason);
      lastDone.value = { action, offer: decided };
    },
    reload: load,
  });

  void load();

  return {
    status,
    result,
    items,
    state,
    loadError,
    load,
    setStatus,
    setPage,
    opened,
    open: (offer: OfferView | null) => {
      opened.value = offer;
    },
    lastDone,
    dismissNotice: () => {
      lastDone.value = null;
    },
    ask: (action: OfferReviewAction, offer: OfferView) => decision.ask({ action, offer }),
    pending: decision.pending,
    reason: decision.reason,
    reasonError: decision.reasonError,
    actionError: decision.actionError,
    acting: decision.acting,
    cancel: decision.cancel,
    confirm: decision.confirm,
  };
}
