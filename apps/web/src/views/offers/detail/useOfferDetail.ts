import type { OfferView } from '@mcf/contracts';
import { onScopeDispose, ref, shallowRef } from 'vue';
import { expressInterest, getOffer } from '../../../api/offers';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export interface OfferDetailDependencies {
  getOffer?: typeof getOffer;
  expressInterest?: typeof expressInterest;
}

/** A technology offer's page: the offer, and "I'm interested", which opens the conversation with its owner. */
export function useOfferDetail(offerId: string, dependencies: OfferDetailDependencies = {}) {
  const get$ = dependencies.getOffer ?? getOffer;
  const interest$ = dependencies.expressInterest ?? expressInterest;
  const offer = shallowRef<OfferView | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const interestError = shallowRef<LocalisedText | null>(null);
  const interesting = ref(false);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    try {
      offer.value = await get$(offerId, current.signal);
      if (current.signal.aborted) return;
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  /** The conversation's id, or null (the reason is in interestError). */
  async function interest(): Promise<string | null> {
    interesting.value = true;
    interestError.value = null;
    try {
      return (await interest$(offerId)).threadId;
    } catch (error) {
      interestError.value = errorSummary(error);
      return null;
    } finally {
      interesting.value = false;
    }
  }

  void load();
  return { offer, state, loadError, load, interest, interesting, interestError };
}
