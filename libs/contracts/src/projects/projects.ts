import {
  ACTION_PLAN_PROGRAMME_CODES,
  isXianning,
  isReportPeriodOpen,
  parseReportPeriod,
  PROJECT_REPORT_STATUSES,
  PROJECT_REVIEW_DECISIONS,
  PROJECT_REVIEW_KINDS,
  PROJECT_STAGES,
  SECTOR_CODES,
} from '@mcf/domain';
import { z } from 'zod';
import { RegionCodeSchema, textRule } from '../auth/field-rules.js';
import { pageOf, PageQuerySchema } from '../common/pagination.js';

export { PROJECT_STAGES, PROJECT_REVIEW_KINDS, PROJECT_REVIEW_DECISIONS, PROJECT_REPORT_STATUSES };
export const ProjectStageSchema = z.enum(PROJECT_STAGES);
export type ProjectStageCode = z.infer<typeof ProjectStageSchema>;
export const ProjectReviewKindSchema = z.enum(PROJECT_REVIEW_KINDS);
export const ProjectReviewDecisionSchema = z.enum(PROJECT_REVIEW_DECISIONS);
export const ProjectReportStatusSchema = z.enum(PROJECT_REPORT_STATUSES);
export type ProjectReportStatus = z.infer<typeof ProjectReportStatusSchema>;
export const ProgrammeCodeSchema = z.enum(ACTION_PLAN_PROGRAMME_CODES);

const charCount = (value: string) => [...value].length;
const dateFormat = z.iso.date();
const IsoDateSchema = z
  .string()
  .refine(...textRule((v) => dateFormat.safeParse(v).success, 'INVALID_DATE', 'must be a date (YYYY-MM-DD)', '请填写日期（年-月-日）'));
const boundedText = (min: number, max: number, code: string, en: string, zh: string) =>
  z
    .string()
    .trim()
    .refine(...textRule((v) => charCount(v) >= min && charCount(v) <= max, code, en, zh));

/** Yuan (人民币元), like every amount on the wire; the web app shows 万元. */
const YuanSchema = z.number().min(0).max(1e13);

/** A project's place: 咸宁市 itself (a project across several districts) or one of its county-level divisions. */
export const ProjectRegionCodeSchema = RegionCodeSchema.refine(isXianning, {
  message: 'must be Xianning (421200) or one of its county-level divisions',
  params: { messageZh: '请选择咸宁市或其所辖县（市、区）', code: 'NOT_XIANNING' },
});

export const ProjectMilestoneInputSchema = z
  .object({
    /** Present when editing an existing milestone (keeps the reports that reached it). */
    id: z.uuid().optional(),
    name: boundedText(2, 100, 'INVALID_MILESTONE', 'a milestone name of 2–100 characters', '里程碑名称应为2至100个字'),
    plannedDate: IsoDateSchema,
    doneDate: IsoDateSchema.nullable().optional(),
  })
  .strict();

/** `POST /api/v1/admin/projects`, `PUT /api/v1/admin/projects/{id}`: what an administrator records of a project. */
export const ProjectContentSchema = z
  .object({
    name: boundedText(2, 200, 'INVALID_PROJECT_NAME', 'a name of 2–200 characters', '项目名称应为2至200个字'),
    description: z.string().trim().max(5000).default(''),
    /** The owner as written (建设单位), also when no organisation on the platform speaks for it yet. */
    ownerName: z.string().trim().max(200).nullable().optional(),
    regionCode: ProjectRegionCodeSchema.nullable().optional(),
    sectors: z.array(z.enum(SECTOR_CODES)).max(13).default([]),
    investmentTotal: YuanSchema.nullable().optional(),
    programme: ProgrammeCodeSchema.nullable().optional(),
    /** When quarterly progress reports begin to fall due; none are due without it. */
    reportingFrom: IsoDateSchema.nullable().optional(),
    milestones: z.array(ProjectMilestoneInputSchema).max(30).default([]),
  })
  .strict();
export type ProjectContent = z.output<typeof ProjectContentSchema>;
export type ProjectContentInput = z.input<typeof ProjectContentSchema>;

/** `POST /api/v1/admin/projects/{id}/stage` */
export const ProjectStageChangeSchema = z
  .object({ stage: ProjectStageSchema, note: z.string().trim().max(500).nullable().optional() })
  .strict();

/** `PUT /api/v1/admin/projects/{id}/owner`: the organisation that files reports (null: nobody yet). */
export const ProjectOwnerAssignmentSchema = z
  .object({ organizationId: z.uuid().nullable(), ownerName: z.string().trim().max(200).nullable().optional() })
  .strict();

export const ProjectListQuerySchema = PageQuerySchema.extend({
  sector: z.enum(SECTOR_CODES).optional(),
  stage: ProjectStageSchema.optional(),
  region: RegionCodeSchema.optional(),
  programme: ProgrammeCodeSchema.optional(),
  q: z.string().trim().max(100).optional(),
});
export type ProjectListQuery = z.infer<typeof ProjectListQuerySchema>;

export const ProjectMilestoneViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  plannedDate: z.string(),
  doneDate: z.string().nullable(),
  overdue: z.boolean(),
});
export type ProjectMilestoneView = z.infer<typeof ProjectMilestoneViewSchema>;

export const ProjectSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  ownerName: z.string().nullable(),
  ownerOrganizationId: z.uuid().nullable(),
  regionCode: z.string().nullable(),
  sectors: z.array(z.enum(SECTOR_CODES)),
  investmentTotal: z.number().nullable(),
  investmentCompleted: z.number(),
  stage: ProjectStageSchema,
  programme: ProgrammeCodeSchema.nullable(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;

export const ProjectPageSchema = pageOf(ProjectSummarySchema);
export type ProjectPage = z.infer<typeof ProjectPageSchema>;

/** `GET /api/v1/projects/{id}`: public; `viewerIsOwner` tells the web app to offer the report form. */
export const ProjectViewSchema = ProjectSummarySchema.extend({
  description: z.string(),
  reportingFrom: z.string().nullable(),
  /** Where the document says so (demo projects): the excerpts of the action plan the entry rests on. */
  sources: z.array(z.string()),
  milestones: z.array(ProjectMilestoneViewSchema),
  /** Accepted reports, newest period first (what the public may read of a project's progress). */
  acceptedReports: z.array(
    z.object({ id: z.uuid(), period: z.string(), progress: z.string(), investmentCompleted: z.number().nullable(), reviewKind: ProjectReviewKindSchema.nullable() }),
  ),
  viewerIsOwner: z.boolean(),
  createdAt: z.string(),
});
export type ProjectView = z.infer<typeof ProjectViewSchema>;

/** `POST /api/v1/projects/{id}/reports`: the owner's quarterly progress report. */
export const ProjectReportInputSchema = z
  .object({
    period: z.string().refine(...textRule((v) => parseReportPeriod(v) !== null, 'INVALID_PERIOD', 'must be a quarter, e.g. 2026-Q3', '请选择报告期（如 2026-Q3）')),
    progress: boundedText(10, 5000, 'INVALID_PROGRESS', 'progress of 10–5000 characters', '请填写进展情况（10至5000个字）'),
    /** Ids of the project's milestones reached in the period. */
    milestonesReached: z.array(z.uuid()).max(30).default([]),
    /** Investment completed in the period, yuan. */
    investmentCompleted: YuanSchema.nullable().optional(),
    problems: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();
export type ProjectReportInput = z.input<typeof ProjectReportInputSchema>;

/** Checked against the clock of the caller (the API, and the web form): a report is for a quarter already begun. */
export function reportPeriodNotStarted(period: string, today: string): boolean {
  return !isReportPeriodOpen(period, today);
}

export const ProjectReportViewSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  projectName: z.string(),
  /** The project's stage now: which review kinds fit (后评估 only in operation). */
  projectStage: ProjectStageSchema,
  period: z.string(),
  progress: z.string(),
  milestonesReached: z.array(z.object({ id: z.uuid(), name: z.string() })),
  investmentCompleted: z.number().nullable(),
  problems: z.string().nullable(),
  status: ProjectReportStatusSchema,
  filedByEmail: z.string().nullable(),
  createdAt: z.string(),
  reviewKind: ProjectReviewKindSchema.nullable(),
  reviewReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedByEmail: z.string().nullable(),
});
export type ProjectReportView = z.infer<typeof ProjectReportViewSchema>;
export const ProjectReportPageSchema = pageOf(ProjectReportViewSchema);
export type ProjectReportPage = z.infer<typeof ProjectReportPageSchema>;

export const ProjectReportListSchema = z.object({ items: z.array(ProjectReportViewSchema) });
export type ProjectReportList = z.infer<typeof ProjectReportListSchema>;

export const ProjectReportAdminQuerySchema = PageQuerySchema.extend({ status: ProjectReportStatusSchema.optional() });

/** `POST /api/v1/admin/project-reports/{id}/review` */
export const ProjectReportReviewSchema = z
  .object({
    kind: ProjectReviewKindSchema,
    decision: ProjectReviewDecisionSchema,
    reason: z.string().trim().max(500).nullable().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.decision === 'REVISION_REQUESTED' && charCount(value.reason ?? '') < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'a reason of 2–500 characters is required to ask for a revision',
        params: { messageZh: '要求修改时须填写原因（2至500个字）', code: 'REASON_REQUIRED' },
      });
    }
  });
export type ProjectReportReviewInput = z.input<typeof ProjectReportReviewSchema>;

/** `GET /api/v1/admin/projects/overdue`: projects with reports or milestones past due. */
export const OverdueProjectSchema = z.object({
  project: ProjectSummarySchema,
  missingPeriods: z.array(z.string()),
  overdueMilestones: z.array(z.object({ id: z.uuid(), name: z.string(), plannedDate: z.string(), daysLate: z.number().int() })),
});
export type OverdueProject = z.infer<typeof OverdueProjectSchema>;
export const OverdueProjectListSchema = z.object({ items: z.array(OverdueProjectSchema), today: z.string() });
export type OverdueProjectList = z.infer<typeof OverdueProjectListSchema>;
