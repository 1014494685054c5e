import { DEMAND_STATUSES, DEMAND_VISIBILITIES, QUALIFICATION_TYPE_CODES, SECTOR_CODES } from '@mcf/domain';
import { z } from 'zod';
import { RegionCodeSchema, textRule } from '../auth/field-rules.js';
import { KeysetQuerySchema, keysetPageOf } from '../common/pagination.js';
import type { ProblemField } from '../problem/problem-details.js';

// The lists live in @mcf/domain beside the visibility rule that reads them.
export { DEMAND_STATUSES, DEMAND_VISIBILITIES };
export const DemandVisibilitySchema = z.enum(DEMAND_VISIBILITIES);
export type DemandVisibility = z.infer<typeof DemandVisibilitySchema>;

export const DemandStatusSchema = z.enum(DEMAND_STATUSES);
export type DemandStatus = z.infer<typeof DemandStatusSchema>;

export const MATCHING_STATUSES = ['PENDING', 'READY'] as const;
export const MatchingStatusSchema = z.enum(MATCHING_STATUSES);
export type MatchingStatus = z.infer<typeof MatchingStatusSchema>;

const dateFormat = z.iso.date();
const isoDate = z
  .string()
  .refine(
    ...textRule(
      (v) => dateFormat.safeParse(v).success,
      'INVALID_DATE',
      'must be a date (YYYY-MM-DD)',
      '请填写日期（年-月-日）',
    ),
  );
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const money = z.number().min(0).max(1e12).nullable().optional();

export const RequiredQualificationSchema = z
  .object({
    type: z.enum(QUALIFICATION_TYPE_CODES),
    /** SECRECY only: the lowest level accepted (1 highest … 3); level 1 satisfies 2 and 3. */
    minLevel: z.number().int().min(1).max(3).nullable().optional(),
  })
  .strict();
export type RequiredQualificationInput = z.input<typeof RequiredQualificationSchema>;

/** Rules across fields of a demand, as problem fields (the schema applies them; the API again on publish). */
export function demandConsistencyProblems(value: {
  requiredQualifications?: readonly { type: string; minLevel?: number | null }[];
  budgetMin?: number | null;
  budgetMax?: number | null;
}): ProblemField[] {
  const problems: ProblemField[] = [];
  const seen = new Set<string>();
  (value.requiredQualifications ?? []).forEach((q, index) => {
    if (q.type === 'SECRECY' && !q.minLevel) {
      problems.push({
        field: `requiredQualifications.${index}.minLevel`,
        code: 'LEVEL_REQUIRED',
        message: 'a secrecy requirement needs its level (1–3)',
        messageZh: '保密资格要求须填写等级（一至三级）',
      });
    }
    if (q.type !== 'SECRECY' && q.minLevel) {
      problems.push({
        field: `requiredQualifications.${index}.minLevel`,
        code: 'LEVEL_NOT_APPLICABLE',
        message: 'only a secrecy qualification has a level',
        messageZh: '仅保密资格有等级',
      });
    }
    if (seen.has(q.type)) {
      problems.push({
        field: `requiredQualifications.${index}.type`,
        code: 'DUPLICATE',
        message: 'this qualification is already required',
        messageZh: '该资质要求重复',
      });
    }
    seen.add(q.type);
  });
  if (value.budgetMin != null && value.budgetMax != null && value.budgetMax < value.budgetMin) {
    problems.push({
      field: 'budgetMax',
      code: 'BUDGET_RANGE',
      message: 'must not be below the minimum budget',
      messageZh: '预算上限不能低于下限',
    });
  }
  return problems;
}

/** What a procurer writes in a demand (需求); drafts may leave most of it empty. */
export const DemandContentSchema = z
  .object({
    title: z
      .string()
      .trim()
      .refine(
        ...textRule(
          (v) => [...v].length >= 2 && [...v].length <= 100,
          'INVALID_TITLE',
          'must be 2 to 100 characters',
          '标题须为 2 至 100 个字符',
        ),
      ),
    description: z.string().trim().max(5000).default(''),
    sectors: z.array(z.enum(SECTOR_CODES)).max(13).default([]),
    requiredQualifications: z.array(RequiredQualificationSchema).max(10).default([]),
    quantity: optionalText(100),
    /** Yuan (人民币元). */
    budgetMin: money,
    budgetMax: money,
    deliveryPlace: optionalText(200),
    regionCode: RegionCodeSchema.nullable().optional(),
    /** Last day responses are accepted (China date); the demand closes after it. */
    deadline: isoDate.nullable().optional(),
    visibility: DemandVisibilitySchema.default('PUBLIC'),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const problem of demandConsistencyProblems(value)) {
      ctx.addIssue({
        code: 'custom',
        path: problem.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message: problem.message,
        params: { messageZh: problem.messageZh, code: problem.code },
      });
    }
  });
export type DemandContent = z.output<typeof DemandContentSchema>;
export type DemandContentInput = z.input<typeof DemandContentSchema>;

export const DemandMatchingSchema = z.object({
  status: MatchingStatusSchema,
  /** The demand version the stored matches were computed for. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  eligibleCount: z.number().int(),
});

/** A file attached to a demand; download at `GET /api/v1/demands/{id}/attachments/{attachmentId}`. */
export const DemandAttachmentViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['PDF', 'PNG', 'JPEG']),
  size: z.number().int(),
  createdAt: z.string(),
});
export type DemandAttachmentView = z.infer<typeof DemandAttachmentViewSchema>;

/** At most this many files per demand. */
export const DEMAND_ATTACHMENTS_MAX = 10;

/** `GET /api/v1/demands/{id}`; for viewers who may see only the summary, `detailsHidden` is true and details are null. */
export const DemandViewSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  status: DemandStatusSchema,
  version: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  sectors: z.array(z.enum(SECTOR_CODES)),
  requiredQualifications: z.array(
    z.object({ type: z.enum(QUALIFICATION_TYPE_CODES), minLevel: z.number().int().nullable() }),
  ),
  quantity: z.string().nullable(),
  budgetMin: z.number().nullable(),
  budgetMax: z.number().nullable(),
  deliveryPlace: z.string().nullable(),
  regionCode: z.string().nullable(),
  deadline: z.string().nullable(),
  visibility: DemandVisibilitySchema,
  detailsHidden: z.boolean(),
  /** Null where the details are hidden. */
  attachments: z.array(DemandAttachmentViewSchema).nullable(),
  /** Only the owner and admins see the matching status. */
  matching: DemandMatchingSchema.nullable(),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /**
   * Why the demand ended: the procurer's (or an administrator's) reason for closing or cancelling it,
   * `DEADLINE_PASSED` when the deadline closed it; null while open or when no reason was given.
   */
  statusReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DemandView = z.infer<typeof DemandViewSchema>;

export const DemandPageSchema = keysetPageOf(DemandViewSchema);
export type DemandPage = z.infer<typeof DemandPageSchema>;

/** `GET /api/v1/me/demands`: the demands of the caller's organisation, newest first. */
export const MyDemandsQuerySchema = KeysetQuerySchema.extend({ status: DemandStatusSchema.optional() });
export type MyDemandsQuery = z.infer<typeof MyDemandsQuerySchema>;

/** `POST /api/v1/demands/{id}/cancel` */
export const DemandCancelSchema = z.object({ reason: z.string().trim().min(2).max(500) }).strict();

/** `POST /api/v1/demands/{id}/close` {reason?}: the reason is shown to every firm whose response it ends. */
export const DemandCloseSchema = z
  .object({ reason: z.string().trim().max(500).nullable().optional() })
  .strict();
export type DemandClose = z.output<typeof DemandCloseSchema>;
