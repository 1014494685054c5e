import type { ProjectStage } from './project-stage.js';

/**
 * How administrators review a progress report, after the plan's "前期论证、中期考核及后评估制度":
 * 中期考核 (MIDTERM) while a project is being demonstrated or built, 后评估 (POST_EVALUATION) once it runs.
 */
export const PROJECT_REVIEW_KINDS = ['MIDTERM', 'POST_EVALUATION'] as const;
export type ProjectReviewKind = (typeof PROJECT_REVIEW_KINDS)[number];

export const PROJECT_REVIEW_DECISIONS = ['ACCEPTED', 'REVISION_REQUESTED'] as const;
export type ProjectReviewDecision = (typeof PROJECT_REVIEW_DECISIONS)[number];

/** A report is SUBMITTED until reviewed; a report sent back is answered by a new report for the same period. */
export const PROJECT_REPORT_STATUSES = ['SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED'] as const;
export type ProjectReportStatus = (typeof PROJECT_REPORT_STATUSES)[number];

const KINDS_BY_STAGE: Readonly<Record<ProjectStage, readonly ProjectReviewKind[]>> = {
  PLANNING: ['MIDTERM'],
  CONSTRUCTION: ['MIDTERM'],
  OPERATION: ['POST_EVALUATION'],
};

/** The review kinds that fit a project in `stage`: 后评估 only once it is in production or operation. */
export function reviewKindsFor(stage: ProjectStage): readonly ProjectReviewKind[] {
  return KINDS_BY_STAGE[stage];
}

export function reviewKindAllowed(stage: ProjectStage, kind: ProjectReviewKind): boolean {
  return KINDS_BY_STAGE[stage].includes(kind);
}

/** A review decides only a report still waiting; asking for revision needs a reason the owner reads. */
export function reviewProblem(
  report: { status: ProjectReportStatus },
  decision: ProjectReviewDecision,
  reason: string | null | undefined,
): 'ALREADY_REVIEWED' | 'REASON_REQUIRED' | null {
  if (report.status !== 'SUBMITTED') return 'ALREADY_REVIEWED';
  if (decision === 'REVISION_REQUESTED' && !reason?.trim()) return 'REASON_REQUIRED';
  return null;
}

/** Whether a report for a period may be filed, given the reports already filed for that period. */
export function mayFileReportFor(existing: readonly { status: ProjectReportStatus }[]): boolean {
  return existing.every((report) => report.status === 'REVISION_REQUESTED');
}
