import { JOB_NAMES, type JobPage, type JobScheduleList, type JobScheduleView, type JobView } from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { ApiProblem } from '../../../api/http';
import { type JobState, listJobSchedules, listJobs, removeJob, retryJob } from '../../../api/jobs';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export const JOB_STATES: readonly JobState[] = ['failed', 'delayed', 'active', 'waiting'];
/** What the page shows: the scheduled jobs, or the jobs in one state. */
export type JobView$ = JobState | 'scheduled';
export const JOB_VIEWS: readonly JobView$[] = ['scheduled', ...JOB_STATES];

/** The i18n key of a job's name (`jobs.names.*`, one for each of JOB_NAMES); null for a name the platform does not know. */
export function jobNameKey(name: string): string | null {
  return (JOB_NAMES as readonly string[]).includes(name) ? `jobs.names.${name}` : null;
}

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

/**
 * A schedule in words: `every` seconds, a daily or hourly cron pattern by its time; any other pattern as
 * it is. Returns the i18n key and its values.
 */
export function describeSchedule(
  schedule: Pick<JobScheduleView, 'pattern' | 'every' | 'tz'>,
): { key: string; values: Record<string, string | number> } {
  const tz = schedule.tz === 'Asia/Shanghai' ? '' : (schedule.tz ?? 'UTC');
  if (!schedule.pattern) return { key: 'jobs.every', values: { seconds: Math.round((schedule.every ?? 0) / 1000) } };
  const daily = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(schedule.pattern);
  if (daily) {
    const time = `${daily[2]!.padStart(2, '0')}:${daily[1]!.padStart(2, '0')}`;
    return { key: tz ? 'jobs.dailyIn' : 'jobs.daily', values: { time, tz } };
  }
  const hourly = /^(\d{1,2}) \* \* \* \*$/.exec(schedule.pattern);
  if (hourly) return { key: 'jobs.hourly', values: { minute: Number(hourly[1]) } };
  return { key: 'jobs.cron', values: { pattern: schedule.pattern, tz: schedule.tz ?? 'UTC' } };
}

export const jobKey = (job: Pick<JobView, 'queue' | 'id'>) => `${job.queue}/${job.id}`;
export const scheduleKey = (schedule: Pick<JobScheduleView, 'queue' | 'id'>) => `${schedule.queue}/${schedule.id}`;

export interface JobQueueDependencies {
  listJobs?: typeof listJobs;
  listJobSchedules?: typeof listJobSchedules;
  retryJob?: typeof retryJob;
  removeJob?: typeof removeJob;
  pageSize?: number;
}

export type JobAction = 'retry' | 'remove';

/**
 * 后台任务: the scheduled jobs apart from the jobs by state (failed first) with their error, attempts and
 * data; failed ones can be retried or removed, each confirmed first.
 */
export function useJobQueue(dependencies: JobQueueDependencies = {}) {
  const list$ = dependencies.listJobs ?? listJobs;
  const schedules$ = dependencies.listJobSchedules ?? listJobSchedules;
  const retry$ = dependencies.retryJob ?? retryJob;
  const remove$ = dependencies.removeJob ?? removeJob;

  const jobState = ref<JobView$>('failed');
  const page = ref(1);
  const pageSize = dependencies.pageSize ?? 20;
  const result = shallowRef<JobPage | null>(null);
  const schedules = shallowRef<JobScheduleList | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  const items = computed(() => (jobState.value === 'scheduled' ? [] : (result.value?.items ?? [])));
  const scheduleItems = computed(() => schedules.value?.items ?? []);

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const view = jobState.value;
      if (view === 'scheduled') {
        const next = await schedules$(current.signal);
        if (current.signal.aborted) return;
        schedules.value = next;
      } else {
        const next = await list$({ state: view, page: page.value, pageSize }, current.signal);
        if (current.signal.aborted) return;
        result.value = next;
      }
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function showState(next: JobView$): Promise<void> {
    jobState.value = next;
    page.value = 1;
    result.value = null;
    return load();
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  // --- Retry or remove, confirmed first.
  const pending = shallowRef<JobView | null>(null);
  const pendingAction = ref<JobAction>('retry');
  const actionError = shallowRef<LocalisedText | null>(null);
  const acting = ref(false);
  const lastDone = shallowRef<{ job: JobView; action: JobAction } | null>(null);

  function ask(job: JobView, action: JobAction = 'retry'): void {
    pending.value = job;
    pendingAction.value = action;
    actionError.value = null;
  }

  function cancel(): void {
    if (!acting.value) pending.value = null;
  }

  async function confirm(): Promise<boolean> {
    const job = pending.value;
    if (!job || acting.value) return false;
    const action = pendingAction.value;
    acting.value = true;
    actionError.value = null;
    try {
      await (action === 'retry' ? retry$ : remove$)(job.queue, job.id);
      lastDone.value = { job, action };
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
    schedules,
    scheduleItems,
    state,
    loadError,
    load,
    showState,
    setPage,
    pending,
    pendingAction,
    actionError,
    acting,
    lastDone,
    lastRetried: computed(() => (lastDone.value?.action === 'retry' ? lastDone.value.job : null)),
    ask,
    cancel,
    confirm,
    dismissNotice: () => {
      lastDone.value = null;
    },
  };
}
