import type { ProjectPage } from '@mcf/contracts';
import { computed, onScopeDispose, reactive, ref, shallowRef } from 'vue';
import { listProjects, type ProjectListParams } from '../../../api/projects';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export const PROJECTS_PAGE_SIZE = 20;

export interface ProjectFilters {
  programme: string;
  stage: string;
  region: string;
  sector: string;
  q: string;
}

export interface ProjectLibraryDependencies {
  list?: (query: ProjectListParams, signal?: AbortSignal) => Promise<ProjectPage>;
  pageSize?: number;
}

/**
 * 重点项目库: the key projects, filtered by programme (专栏), stage, region and sector, a page at a time;
 * the newest request wins when filters change quickly.
 */
export function useProjectLibrary(dependencies: ProjectLibraryDependencies = {}) {
  const list$ = dependencies.list ?? listProjects;
  const pageSize = dependencies.pageSize ?? PROJECTS_PAGE_SIZE;
  const filters = reactive<ProjectFilters>({ programme: '', stage: '', region: '', sector: '', q: '' });
  const page = ref(1);
  const result = shallowRef<ProjectPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<LocalisedText | null>(null);
  const items = computed(() => result.value?.items ?? []);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  function query(): ProjectListParams {
    const q: ProjectListParams = { page: page.value, pageSize };
    if (filters.programme) q.programme = filters.programme as ProjectListParams['programme'];
    if (filters.stage) q.stage = filters.stage as ProjectListParams['stage'];
    if (filters.region) q.region = filters.region;
    if (filters.sector) q.sector = filters.sector as ProjectListParams['sector'];
    if (filters.q.trim()) q.q = filters.q.trim();
    return q;
  }

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    error.value = null;
    try {
      const next = await list$(query(), current.signal);
      if (current.signal.aborted) return;
      result.value = next;
      state.value = 'ready';
    } catch (caught) {
      if (current.signal.aborted) return;
      error.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  function applyFilters(): Promise<void> {
    page.value = 1;
    return load();
  }

  function resetFilters(): Promise<void> {
    Object.assign(filters, { programme: '', stage: '', region: '', sector: '', q: '' });
    return applyFilters();
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  const filtered = computed(() => Object.values(filters).some((value) => value !== ''));

  return { filters, page, result, items, state, error, filtered, load, applyFilters, resetFilters, setPage };
}
