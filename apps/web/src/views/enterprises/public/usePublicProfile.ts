import type { EnterprisePublicView } from '@mcf/contracts';
import { onScopeDispose, ref, shallowRef } from 'vue';
import { getPublicEnterprise } from '../../../api/enterprises';
import { ApiProblem } from '../../../api/http';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

/** 企业主页: the published profile of one firm, with its vetted certificates; 404 means not published. */
export function usePublicProfile(
  orgId: () => string,
  dependencies: { getPublicEnterprise?: typeof getPublicEnterprise } = {},
) {
  const get$ = dependencies.getPublicEnterprise ?? getPublicEnterprise;
  const enterprise = shallowRef<EnterprisePublicView | null>(null);
  const state = ref<'loading' | 'ready' | 'not-found' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      enterprise.value = await get$(orgId(), current.signal);
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      enterprise.value = null;
      if (error instanceof ApiProblem && error.status === 404) state.value = 'not-found';
      else {
        loadError.value = errorSummary(error);
        state.value = 'error';
      }
    }
  }

  return { enterprise, state, loadError, load };
}
