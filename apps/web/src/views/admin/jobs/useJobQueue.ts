import type { JobPage, JobView } from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { ApiProblem } from '../../../api/http';
import { type JobState, listJobs, retryJob } from '../../../api/jobs';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export const JOB_STATES: readonly JobState[] = ['failed', 'delayed', 'active', 'waiting'];

/** A job's payload as indented JSON for the detail row (undefined and cycles shown as such). */
export function jobDataText(data: unknown): string {
  if (data === undefined) return '—';
  try {
    return JSON.stringify(data, null, 2) ?? String(data);
  } catch {
    return String(data);
  }
}

/** The first line of an error (the rest, often a stack, is in the detail row). */
export function firstLine(text: string | null): string {
  if (!text) return '';
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

export const jobKey = (job: Pick<JobView, 'queue' | 'id'>) => `${job.queue}/${job.id}`;

export interface JobQueueDependencies {
  listJobs?: typeof listJobs;
  retryJob?: typeof retryJob;
  pageSize?: number;
}

/** 后台任务: jobs by state (failed first) with their error, attempts and data; failed ones can be retried. */
export function useJobQueue(dependencies: JobQueueDependencies = {}) {
  const list$ = dependencies.listJobs ?? listJobs;
  const retry$ = dependencies.retryJob ?? retryJob;

  const jobState = ref<JobState>('failed');
  const page = ref(1);
  const pageSize = dependencies.pageSize ?? 20;
  const result = shallowRef<JobPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
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
      const next = await list$({ state: jobState.value, page: page.value, pageSize }, current.signal);
      if (current.signal.aborted) return;
      result.value = next;
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function showState(next: JobState): Promise<void> {
    jobState.value = next;
    page.value = 1;
    return load();
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  // --- Retry, confirmed first.
  const pending = shallowRef<JobView | null>(null);
  const actionError = shallowRef<LocalisedText | null>(null);
  const acting = ref(false);
  const lastRetried = shallowRef<JobView | null>(null);

  function ask(job: JobView): void {
    pending.value = job;
    actionError.value = null;
  }

  function cancel(): void {
    if (!acting.value) pending.value = null;
  }

  async function confirm(): Promise<boolean> {
    const job = pending.value;
    if (!job || acting.value) return false;
    acting.value = true;
    actionError.value = null;
    try {
      await retry$(job.queue, job.id);
      lastRetried.value = job;
      pending.value = null;
      await load();
      return true;
    } catch (error) {
      actionError.value = errorSummary(error);
      // Gone or no longer failed (retried elsewhere, removed): show the list as it is now.
      if (error instanceof ApiProblem && (error.status === 404 || error.status === 409)) void load();
      return false;
    } finally {
      acting.value = false;
    }
  }

  return {
    jobState,
    page,
    result,
    items,
    state,
    loadError,
    load,
    showState,
    setPage,
    pending,
    actionError,
    acting,
    lastRetried,
    ask,
    cancel,
    confirm,
    dismissNotice: () => {
      lastRetried.value = null;
    },
  };
}
