import type { EnterpriseMatches } from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { getEnterpriseMatches } from '../../../api/matches';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export type RecommendedDemand = EnterpriseMatches['items'][number];
export type NearlyMatchedDemand = EnterpriseMatches['nearlyMatched'][number];

/**
 * 为您推荐的需求 and 差一点匹配: open demands the firm matches (with why), and those it would match but
 * for a constraint it does not meet yet (e.g. "需二级保密资格，贵单位为三级").
 */
export function useEnterpriseMatches(
  orgId: () => string | null,
  dependencies: { getEnterpriseMatches?: typeof getEnterpriseMatches } = {},
) {
  const get$ = dependencies.getEnterpriseMatches ?? getEnterpriseMatches;
  const result = shallowRef<EnterpriseMatches | null>(null);
  const state = ref<'loading' | 'ready' | 'no-organization' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  const recommended = computed<RecommendedDemand[]>(() => result.value?.items ?? []);
  const nearlyMatched = computed<NearlyMatchedDemand[]>(() => result.value?.nearlyMatched ?? []);

  async function load(): Promise<void> {
    const id = orgId();
    if (!id) {
      state.value = 'no-organization';
      return;
    }
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      result.value = await get$(id, current.signal);
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  const expanded = ref<string[]>([]);
  const isExpanded = (demandId: string) => expanded.value.includes(demandId);
  function toggle(demandId: string): void {
    expanded.value = isExpanded(demandId) ? expanded.value.filter((id) => id !== demandId) : [...expanded.value, demandId];
  }

  return { result, state, loadError, load, recommended, nearlyMatched, isExpanded, toggle };
}
