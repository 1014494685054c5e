import type { OverdueProjectList } from '@mcf/contracts';
import { onScopeDispose, ref, shallowRef } from 'vue';
import { listOverdueProjects } from '../../../api/projects';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

/** 逾期项目: projects with a quarterly report due and not filed, or a milestone past its planned date. */
export function useOverdueProjects(dependencies: { list?: typeof listOverdueProjects } = {}) {
  const list$ = dependencies.list ?? listOverdueProjects;
  const result = shallowRef<OverdueProjectList | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<LocalisedText | null>(null);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    error.value = null;
    try {
      const next = await list$(current.signal);
      if (current.signal.aborted) return;
      result.value = next;
      state.value = 'ready';
    } catch (caught) {
      if (current.signal.aborted) return;
      error.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  return { result, state, error, load };
}
