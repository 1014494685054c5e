import { QUALIFICATION_TYPE_CODES, SECTOR_CODES } from '@mcf/domain';
import { z } from 'zod';
import { OrganizationKindSchema, OrganizationStatusSchema } from '../session/viewer.js';

/** Months and days are counted in China time, where the plan's targets are reported. */
export const STATISTICS_TIME_ZONE = 'Asia/Shanghai';
/** The demand funnel covers this many calendar months, the current one included. */
export const STATISTICS_MONTHS = 12;
/** Approved certificates that expire within this many days are reported as expiring soon. */
export const EXPIRING_WITHIN_DAYS = 60;

/**
 * The targets administrators set and watch. Where the default comes from the action plan
 * (xianning-mcf-action-plan-2021-2025), `source` is PLAN; PLATFORM targets are ours.
 */
export const PLAN_TARGET_KEYS = [
  'VERIFIED_CIVIL_ENTERPRISES',
  'HIGH_TECH_ENTERPRISES',
  'AWARDED_DEMANDS',
] as const;
export const PlanTargetKeySchema = z.enum(PLAN_TARGET_KEYS);
export type PlanTargetKey = z.infer<typeof PlanTargetKeySchema>;

export const PlanTargetSourceSchema = z.enum(['PLAN', 'PLATFORM']);
export type PlanTargetSource = z.infer<typeof PlanTargetSourceSchema>;

export const PLAN_TARGET_DEFAULTS: Readonly<
  Record<PlanTargetKey, { target: number; source: PlanTargetSource }>
> = {
  // 发展目标: “储备军转民、民参军企业50家” — counted as verified ENTERPRISE organisations.
  VERIFIED_CIVIL_ENTERPRISES: { target: 50, source: 'PLAN' },
  // 发展目标: “军民融合高新技术企业20家” — verified firms holding an approved, unexpired HIGH_TECH certificate.
  HIGH_TECH_ENTERPRISES: { target: 20, source: 'PLAN' },
  // Ours, not the plan's: the plan sets no number of awarded demands; 100 is a starting point to edit.
  AWARDED_DEMANDS: { target: 100, source: 'PLATFORM' },
};

/** The largest target an administrator may set: well above anything the plan speaks of. */
export const PLAN_TARGET_MAX = 1_000_000;

/** One target with what has been reached: `share` is current ÷ target (null when the target is 0). */
export const PlanTargetProgressSchema = z.object({
  key: PlanTargetKeySchema,
  source: PlanTargetSourceSchema,
  current: z.number().int(),
  target: z.number().int(),
  defaultTarget: z.number().int(),
  share: z.number().nullable(),
  /** When an administrator last set it; null while the default applies. */
  updatedAt: z.string().nullable(),
});
export type PlanTargetProgress = z.infer<typeof PlanTargetProgressSchema>;

export const PlanTargetListSchema = z.object({ items: z.array(PlanTargetProgressSchema) });
export type PlanTargetList = z.infer<typeof PlanTargetListSchema>;

export const PlanTargetUpdateSchema = z
  .object({ target: z.number().int().min(0).max(PLAN_TARGET_MAX) })
  .strict();
export type PlanTargetUpdate = z.input<typeof PlanTargetUpdateSchema>;

/** Organisations of each status, by kind. */
export const OrganizationStatusCountSchema = z.object({
  status: OrganizationStatusSchema,
  enterprise: z.number().int(),
  procurer: z.number().int(),
});
export type OrganizationStatusCount = z.infer<typeof OrganizationStatusCountSchema>;

/** Published capability profiles naming the sector (a profile may name several). */
export const SectorCountSchema = z.object({ sector: z.enum(SECTOR_CODES), count: z.number().int() });
export type SectorCount = z.infer<typeof SectorCountSchema>;

/**
 * Organisations by region: Xianning's own codes (city and counties) as registered, every other code
 * rolled up to its province (`local` false).
 */
export const RegionCountSchema = z.object({
  regionCode: z.string(),
  local: z.boolean(),
  enterprise: z.number().int(),
  procurer: z.number().int(),
});
export type RegionCount = z.infer<typeof RegionCountSchema>;

/**
 * The demand funnel of the demands first published in a period (a cohort): how many were published,
 * have their matches READY, drew at least one expression of interest, and were awarded.
 * `responseRate` is responded ÷ published; `medianHoursToFirstResponse` runs from publishing to the
 * first interest (null when nothing to measure).
 */
export const DemandFunnelSchema = z.object({
  published: z.number().int(),
  matched: z.number().int(),
  responded: z.number().int(),
  awarded: z.number().int(),
  responseRate: z.number().nullable(),
  medianHoursToFirstResponse: z.number().nullable(),
});
export type DemandFunnel = z.infer<typeof DemandFunnelSchema>;

export const DemandFunnelMonthSchema = DemandFunnelSchema.extend({
  /** `YYYY-MM`, China time. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
});
export type DemandFunnelMonth = z.infer<typeof DemandFunnelMonthSchema>;

/** Certificates awaiting vetting, and approved ones expiring within EXPIRING_WITHIN_DAYS, by type. */
export const CertificateCountSchema = z.object({
  type: z.enum(QUALIFICATION_TYPE_CODES),
  pending: z.number().int(),
  expiringSoon: z.number().int(),
});
export type CertificateCount = z.infer<typeof CertificateCountSchema>;

/** `GET /admin/statistics`: every figure of the administrators' dashboard, from SQL aggregates. */
export const PlatformStatisticsSchema = z.object({
  generatedAt: z.string(),
  timeZone: z.literal(STATISTICS_TIME_ZONE),
  organizations: z.object({
    total: z.number().int(),
    byKind: z.array(z.object({ kind: OrganizationKindSchema, count: z.number().int() })),
    byStatus: z.array(OrganizationStatusCountSchema),
    bySector: z.array(SectorCountSchema),
    byRegion: z.array(RegionCountSchema),
  }),
  demands: z.object({
    /** The last STATISTICS_MONTHS months, oldest first, months without demands included as zeros. */
    months: z.array(DemandFunnelMonthSchema),
    /** Every demand ever published. */
    total: DemandFunnelSchema,
  }),
  certificates: z.object({
    pending: z.number().int(),
    expiringSoon: z.number().int(),
    expiringWithinDays: z.number().int(),
    byType: z.array(CertificateCountSchema),
  }),
  targets: z.array(PlanTargetProgressSchema),
});
export type PlatformStatistics = z.infer<typeof PlatformStatisticsSchema>;

/** The numbers behind each chart, downloadable as `GET /admin/statistics/{dataset}.{format}`. */
export const STATISTICS_DATASETS = [
  'organizations-by-status',
  'organizations-by-sector',
  'organizations-by-region',
  'demand-funnel',
  'certificates',
  'targets',
] as const;
export const StatisticsDatasetSchema = z.enum(STATISTICS_DATASETS);
export type StatisticsDataset = z.infer<typeof StatisticsDatasetSchema>;

export const STATISTICS_DOWNLOAD_FORMATS = ['csv', 'xlsx'] as const;
export const StatisticsDownloadFormatSchema = z.enum(STATISTICS_DOWNLOAD_FORMATS);
export type StatisticsDownloadFormat = z.infer<typeof StatisticsDownloadFormatSchema>;

export const StatisticsDownloadParamsSchema = z.object({
  dataset: StatisticsDatasetSchema,
  format: StatisticsDownloadFormatSchema,
});
