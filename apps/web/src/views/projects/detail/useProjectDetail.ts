import {
  ProjectReportInputSchema,
  reportPeriodNotStarted,
  type ProjectReportView,
  type ProjectStageCode,
  type ProjectView,
} from '@mcf/contracts';
import { chinaDateOf, PROJECT_STAGE_TRANSITIONS, reportPeriodOf } from '@mcf/domain';
import { computed, onScopeDispose, reactive, ref, shallowRef } from 'vue';
import {
  changeProjectStage,
  fileProjectReport,
  getProject,
  listProjectReports,
} from '../../../api/projects';
import { wanToYuan } from '../../../components/demand-format.util';
import { errorSummary, useFormErrors } from '../../../composables/useFormErrors';
import { bilingual, type LocalisedText } from '../../../composables/useLocalisedText';

export interface ProjectDetailDependencies {
  getProject?: typeof getProject;
  listProjectReports?: typeof listProjectReports;
  fileProjectReport?: typeof fileProjectReport;
  changeProjectStage?: typeof changeProjectStage;
  /** China date of today (tests fix it). */
  today?: () => string;
}

const REPORT_FIELDS = ['period', 'progress', 'milestonesReached', 'investmentCompleted', 'problems'] as const;

/** The quarter of `date` and the four before it, newest first: the periods an owner may report on. */
export function reportablePeriods(today: string): string[] {
  const periods: string[] = [];
  let date = new Date(`${today}T00:00:00Z`);
  for (let i = 0; i < 5; i++) {
    periods.push(reportPeriodOf(date.toISOString().slice(0, 10)));
    date = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 3, 1));
  }
  return periods;
}

/**
 * 项目详情: the project, its milestones and accepted reports for everyone; for its owner (and
 * administrators) every report with its review, and for the owner the quarterly report form, checked with
 * the contract's rules before it is sent. Administrators move the stage (confirmed first).
 */
export function useProjectDetail(id: () => string, canSeeReports: () => boolean, dependencies: ProjectDetailDependencies = {}) {
  const get$ = dependencies.getProject ?? getProject;
  const reports$ = dependencies.listProjectReports ?? listProjectReports;
  const file$ = dependencies.fileProjectReport ?? fileProjectReport;
  const stage$ = dependencies.changeProjectStage ?? changeProjectStage;
  const today = dependencies.today ?? (() => chinaDateOf(new Date()));

  const project = shallowRef<ProjectView | null>(null);
  const reports = shallowRef<ProjectReportView[]>([]);
  const state = ref<'loading' | 'ready' | 'error' | 'missing'>('loading');
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
      const next = await get$(id(), current.signal);
      const own = next.viewerIsOwner || canSeeReports() ? (await reports$(id(), current.signal)).items : [];
      if (current.signal.aborted) return;
      project.value = next;
      reports.value = own;
      state.value = 'ready';
    } catch (caught) {
      if (current.signal.aborted) return;
      const status = (caught as { problem?: { status?: number } }).problem?.status;
      state.value = status === 404 ? 'missing' : 'error';
      error.value = errorSummary(caught);
    }
  }

  const periods = computed(() => reportablePeriods(today()));
  const openMilestones = computed(() => (project.value?.milestones ?? []).filter((m) => m.doneDate === null));
  const form = reactive({
    period: periods.value[0]!,
    progress: '',
    milestonesReached: [] as string[],
    /** 万元, as people enter amounts; sent in yuan. */
    investmentWan: null as number | null,
    problems: '',
  });
  const errors = useFormErrors({ fields: REPORT_FIELDS, fallbackKeys: { progress: 'projects.report.progressRule' } });
  const submitting = ref(false);
  const filed = shallowRef<ProjectReportView | null>(null);

  async function submitReport(): Promise<boolean> {
    if (submitting.value || !project.value) return false;
    errors.clear();
    filed.value = null;
    const parsed = ProjectReportInputSchema.safeParse({
      period: form.period,
      progress: form.progress,
      milestonesReached: form.milestonesReached,
      investmentCompleted: form.investmentWan === null ? null : wanToYuan(form.investmentWan),
      problems: form.problems.trim() || null,
    });
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return false;
    }
    if (reportPeriodNotStarted(parsed.data.period, today())) {
      errors.setFieldError('period', bilingual('该报告期尚未开始', 'This quarter has not begun'));
      return false;
    }
    submitting.value = true;
    try {
      filed.value = await file$(project.value.id, parsed.data);
      Object.assign(form, { progress: '', milestonesReached: [], investmentWan: null, problems: '' });
      await load();
      return true;
    } catch (caught) {
      errors.showProblem(caught, { REPORT_EXISTS: 'period', NOT_PROJECT_OWNER: 'period' });
      return false;
    } finally {
      submitting.value = false;
    }
  }

  const nextStages = computed<ProjectStageCode[]>(() => (project.value ? [...PROJECT_STAGE_TRANSITIONS[project.value.stage]] : []));
  const pendingStage = ref<ProjectStageCode | null>(null);
  const stageError = shallowRef<LocalisedText | null>(null);
  const movingStage = ref(false);

  async function confirmStage(): Promise<void> {
    if (!pendingStage.value || !project.value || movingStage.value) return;
    movingStage.value = true;
    stageError.value = null;
    try {
      project.value = await stage$(project.value.id, pendingStage.value);
      pendingStage.value = null;
    } catch (caught) {
      stageError.value = errorSummary(caught);
    } finally {
      movingStage.value = false;
    }
  }

  return {
    project,
    reports,
    state,
    error,
    load,
    periods,
    openMilestones,
    form,
    fieldErrors: errors.fieldErrors,
    formError: errors.formError,
    submitting,
    filed,
    submitReport,
    nextStages,
    pendingStage,
    stageError,
    movingStage,
    confirmStage,
  };
}
