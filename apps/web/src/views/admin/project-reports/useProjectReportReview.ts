import {
  type ProjectReportPage,
  type ProjectReportStatus,
  type ProjectReportView,
  ProjectReportReviewSchema,
} from '@mcf/contracts';
import type { ProjectReviewDecision, ProjectReviewKind } from '@mcf/domain';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { z } from 'zod';
import { listProjectReportQueue, reviewProjectReport } from '../../../api/projects';
import { useConfirmWithReason } from '../../../composables/useConfirmWithReason';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export type ReportFilter = ProjectReportStatus | 'ALL';

export interface ProjectReportReviewDependencies {
  list?: typeof listProjectReportQueue;
  review?: typeof reviewProjectReport;
  pageSize?: number;
}

interface PendingReview {
  report: ProjectReportView;
  kind: ProjectReviewKind;
  decision: ProjectReviewDecision;
}

/** The reason rule of a request for revision, as the contract applies it. */
const RevisionReasonSchema = z.object({ reason: z.string() }).transform((value, ctx) => {
  const parsed = ProjectReportReviewSchema.safeParse({ kind: 'MIDTERM', decision: 'REVISION_REQUESTED', reason: value.reason });
  if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['reason'] } as never);
  return { reason: value.reason.trim() };
});

/**
 * 项目进展审核: waiting reports first. An administrator accepts a report (中期考核, or 后评估 for a project in
 * operation) or sends it back with a reason the owner reads; both are confirmed first.
 */
export function useProjectReportReview(dependencies: ProjectReportReviewDependencies = {}) {
  const list$ = dependencies.list ?? listProjectReportQueue;
  const review$ = dependencies.review ?? reviewProjectReport;
  const filter = ref<ReportFilter>('SUBMITTED');
  const page = ref(1);
  const pageSize = dependencies.pageSize ?? 20;
  const result = shallowRef<ProjectReportPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const items = computed(() => result.value?.items ?? []);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const status = filter.value === 'ALL' ? undefined : filter.value;
      const next = await list$({ status, page: page.value, pageSize }, current.signal);
      if (current.signal.aborted) return;
      result.value = next;
      state.value = 'ready';
    } catch (caught) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  function setFilter(next: ReportFilter): Promise<void> {
    filter.value = next;
    page.value = 1;
    return load();
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  const lastDone = shallowRef<ProjectReportView | null>(null);
  const decision = useConfirmWithReason<PendingReview>({
    needsReason: ({ decision: d }) => d === 'REVISION_REQUESTED',
    reasonSchema: RevisionReasonSchema,
    act: async ({ report, kind, decision: d }, reason) => {
      lastDone.value = await review$(report.id, { kind, decision: d, reason: d === 'REVISION_REQUESTED' ? reason : null });
    },
    reload: load,
  });

  function ask(report: ProjectReportView, kind: ProjectReviewKind, d: ProjectReviewDecision): void {
    decision.ask({ report, kind, decision: d });
  }

  return {
    filter,
    page,
    result,
    items,
    state,
    loadError,
    load,
    setFilter,
    setPage,
    ask,
    lastDone,
    pending: decision.pending,
    reason: decision.reason,
    reasonError: decision.reasonError,
    actionError: decision.actionError,
    acting: decision.acting,
    cancel: decision.cancel,
    confirm: decision.confirm,
  };
}
