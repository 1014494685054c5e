import { type OfferPage, type OfferStatus, type OfferView } from '@mcf/contracts';
import { offerStatusAfter } from '@mcf/domain';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { listMyOffers, withdrawOffer } from '../../../api/offers';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export const MY_OFFERS_PAGE_SIZE = 20;

/** What the owner may do with an offer now, by the domain's status rule. */
export function offerActions(offer: Pick<OfferView, 'status'>) {
  return {
    edit: offerStatusAfter(offer.status, 'edit') !== null,
    withdraw: offerStatusAfter(offer.status, 'withdraw') !== null,
    matches: offer.status === 'PUBLISHED',
  };
}

export interface MyOffersDependencies {
  listMyOffers?: typeof listMyOffers;
  withdrawOffer?: typeof withdrawOffer;
}

/** 我的技术成果: the organisation's offers by status, a page at a time; withdrawing is confirmed first. */
export function useMyOffers(dependencies: MyOffersDependencies = {}) {
  const list$ = dependencies.listMyOffers ?? listMyOffers;
  const withdraw$ = dependencies.withdrawOffer ?? withdrawOffer;
  const status = ref<OfferStatus | null>(null);
  const page = ref(1);
  const result = shallowRef<OfferPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const confirming = shallowRef<OfferView | null>(null);
  const actionError = shallowRef<LocalisedText | null>(null);
  const acting = ref(false);
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
      const next = await list$(
        { status: status.value ?? undefined, page: page.value, pageSize: MY_OFFERS_PAGE_SIZE },
        current.signal,
      );
      if (current.signal.aborted) return;
      result.value = next;
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function setStatus(next: OfferStatus | null): Promise<void> {
    status.value = next;
    page.value = 1;
    return load();
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  function askWithdraw(offer: OfferView | null): void {
    confirming.value = offer;
    actionError.value = null;
  }

  async function confirmWithdraw(): Promise<void> {
    const offer = confirming.value;
    if (!offer) return;
    acting.value = true;
    try {
      await withdraw$(offer.id);
      confirming.value = null;
      await load();
    } catch (error) {
      actionError.value = errorSummary(error);
    } finally {
      acting.value = false;
    }
  }

  void load();

  return { status, page, result, items, state, loadError, load, setStatus, setPage, confirming, actionError, acting, askWithdraw, confirmWithdraw };
}
