import {
  ACTION_PLAN_MEASURES,
  ACTION_PLAN_TARGET_KEYS,
  ACTION_PLAN_UNITS,
  ACTION_PLAN_YEARS,
} from '@mcf/domain';
import { z } from 'zod';

export const ActionPlanTargetKeySchema = z.enum(ACTION_PLAN_TARGET_KEYS);
const PlanYearSchema = z.coerce
  .number()
  .int()
  .refine((year) => (ACTION_PLAN_YEARS as readonly number[]).includes(year), {
    message: `must be a year of the plan (${ACTION_PLAN_YEARS[0]}–${ACTION_PLAN_YEARS.at(-1)})`,
  });

/** Where a year's value comes from. */
export const PlanValueBasisSchema = z.enum(['RECORDED', 'COUNTED', 'REPORTED']);

export const PlanYearValueSchema = z.object({
  year: z.number().int(),
  /** Null: nothing recorded, or (REPORTED) too few firms reported to show an aggregate. */
  value: z.number().nullable(),
  basis: PlanValueBasisSchema,
  /** A recorded figure loaded as demo data (演示). */
  isDemo: z.boolean(),
  /** Null when there is no value. */
  reached: z.boolean().nullable(),
  /** REPORTED values and R&D intensity: how many firms reported that year. */
  reportingFirms: z.number().int().nullable(),
  /** R&D intensity only: the firms' own reports, aggregated (null below the minimum group size). */
  reportedAggregate: z.number().nullable(),
  /** A value withheld because fewer than `minGroupSize` firms reported. */
  withheld: z.boolean(),
});
export type PlanYearValue = z.infer<typeof PlanYearValueSchema>;

export const PlanTargetRowSchema = z.object({
  key: ActionPlanTargetKeySchema,
  nameZh: z.string(),
  nameEn: z.string(),
  min: z.number(),
  max: z.number().nullable(),
  unit: z.enum(ACTION_PLAN_UNITS),
  measure: z.enum(ACTION_PLAN_MEASURES),
  cumulativeFrom2021: z.boolean(),
  figureText: z.string(),
  source: z.string(),
  basisZh: z.string(),
  years: z.array(PlanYearValueSchema),
});
export type PlanTargetRow = z.infer<typeof PlanTargetRowSchema>;

/** `GET /admin/plan-progress`: every target of the plan against its figure, for each year of the plan. */
export const PlanProgressSchema = z.object({
  version: z.string(),
  years: z.array(z.number().int()),
  minGroupSize: z.number().int(),
  targets: z.array(PlanTargetRowSchema),
});
export type PlanProgress = z.infer<typeof PlanProgressSchema>;

export const PlanProgressExportParamsSchema = z.object({ format: z.enum(['csv', 'xlsx']) });

export const PlanFigureParamsSchema = z.object({ key: ActionPlanTargetKeySchema, year: PlanYearSchema });
export type PlanFigureParams = z.output<typeof PlanFigureParamsSchema>;

/** `PUT /admin/plan-progress/figures/{key}/{year}`: a figure the platform cannot count (RECORDED targets only). */
export const PlanFigureBodySchema = z
  .object({
    value: z.number().min(0).max(1_000_000),
    note: z.string().trim().max(500).nullable().default(null),
  })
  .strict();
export type PlanFigureBody = z.input<typeof PlanFigureBodySchema>;

/** A firm's own revenue and R&D spend for one year, in 万元. Private: never shown to anyone else. */
export const FinancialReportBodySchema = z
  .object({
    revenue: z.number().min(0).max(100_000_000),
    rdSpend: z.number().min(0).max(100_000_000),
  })
  .strict()
  .refine((report) => report.rdSpend <= report.revenue || report.revenue === 0, {
    message: 'R&D spend cannot exceed revenue',
    path: ['rdSpend'],
  });
export type FinancialReportBody = z.input<typeof FinancialReportBodySchema>;

export const FinancialReportParamsSchema = z.object({ orgId: z.uuid(), year: PlanYearSchema });

export const FinancialReportViewSchema = z.object({
  year: z.number().int(),
  revenue: z.number(),
  rdSpend: z.number(),
  updatedAt: z.string(),
});
export type FinancialReportView = z.infer<typeof FinancialReportViewSchema>;
export const FinancialReportListSchema = z.object({
  years: z.array(z.number().int()),
  items: z.array(FinancialReportViewSchema),
});
export type FinancialReportList = z.infer<typeof FinancialReportListSchema>;

/** `PUT /admin/hidden-champions/{orgId}`: an administrator marks a firm a 隐形冠军 of its niche. */
export const HiddenChampionBodySchema = z
  .object({
    recognizedYear: z.number().int().min(2000).max(2100),
    niche: z.string().trim().min(1).max(100),
  })
  .strict();
export type HiddenChampionBody = z.input<typeof HiddenChampionBodySchema>;

export const HiddenChampionViewSchema = z.object({
  organizationId: z.uuid(),
  name: z.string(),
  isDemo: z.boolean(),
  recognizedYear: z.number().int(),
  niche: z.string(),
  updatedAt: z.string(),
});
export type HiddenChampionView = z.infer<typeof HiddenChampionViewSchema>;
export const HiddenChampionListSchema = z.object({ items: z.array(HiddenChampionViewSchema) });
export type HiddenChampionList = z.infer<typeof HiddenChampionListSchema>;
