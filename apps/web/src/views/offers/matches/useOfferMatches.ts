import type { OfferMatchList, OfferView } from '@mcf/contracts';
import { onScopeDispose, ref, shallowRef } from 'vue';
import { getOffer, getOfferMatches } from '../../../api/offers';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export interface OfferMatchesDependencies {
  getOffer?: typeof getOffer;
  getOfferMatches?: typeof getOfferMatches;
  /** How long to wait before asking again while matching runs (ms). */
  pollMs?: number;
}

/** 可承接企业: the firms matched to the owner's offer, asked again while matching still runs. */
export function useOfferMatches(offerId: string, dependencies: OfferMatchesDependencies = {}) {
  const getOffer$ = dependencies.getOffer ?? getOffer;
  const matches$ = dependencies.getOfferMatches ?? getOfferMatches;
  const pollMs = dependencies.pollMs ?? 2000;
  const offer = shallowRef<OfferView | null>(null);
  const matches = shallowRef<OfferMatchList | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const controller = new AbortController();
  onScopeDispose(() => {
    controller.abort();
    if (timer) clearTimeout(timer);
  });

  async function load(): Promise<void> {
    try {
      const [o, m] = await Promise.all([getOffer$(offerId, controller.signal), matches$(offerId, controller.signal)]);
      if (controller.signal.aborted) return;
      offer.value = o;
      matches.value = m;
      state.value = 'ready';
      if (m.status === 'PENDING' && o.status === 'PUBLISHED') timer = setTimeout(() => void load(), pollMs);
    } catch (error) {
      if (controller.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  void load();
  return { offer, matches, state, loadError, load };
}
