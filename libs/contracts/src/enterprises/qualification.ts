import { QUALIFICATION_STATUSES, QUALIFICATION_TYPE_CODES } from '@mcf/domain';
import { z } from 'zod';
import { ReasonSchema, textRule } from '../auth/field-rules.js';
import { KeysetQuerySchema, keysetPageOf } from '../common/pagination.js';
import type { ProblemField } from '../problem/problem-details.js';

const dateFormat = z.iso.date();
const isoDate = z.string().refine(...textRule((v) => dateFormat.safeParse(v).success, 'INVALID_DATE', 'must be a date (YYYY-MM-DD)', '请填写日期（年-月-日）'));

const QualificationFieldsShape = {
  type: z.enum(QUALIFICATION_TYPE_CODES),
  /** SECRECY only: 1 (一级, highest) to 3. */
  level: z.coerce.number().int().min(1).max(3).nullable().optional(),
  /** The certificate's own name, required for type OTHER. */
  otherName: z.string().trim().min(1).max(100).nullable().optional(),
  certificateNo: z.string().trim().min(1).max(100),
  issuer: z.string().trim().min(1).max(200),
  issuedAt: isoDate,
  expiresAt: isoDate,
  scope: z.string().trim().max(2000).nullable().optional(),
};

/**
 * Rules across fields of a certificate, as problem fields: the upload and edit schemas apply them,
 * and the API applies them again to an edit merged with the stored certificate.
 */
export function qualificationConsistencyProblems(value: {
  type?: string;
  level?: number | null;
  otherName?: string | null;
  issuedAt?: string;
  expiresAt?: string;
}): ProblemField[] {
  const problems: ProblemField[] = [];
  if (value.type === 'SECRECY' && !value.level) {
    problems.push({ field: 'level', code: 'LEVEL_REQUIRED', message: 'a secrecy qualification needs its level (1–3)', messageZh: '保密资格须填写等级（一至三级）' });
  }
  if (value.type !== undefined && value.type !== 'SECRECY' && value.level) {
    problems.push({ field: 'level', code: 'LEVEL_NOT_APPLICABLE', message: 'only a secrecy qualification has a level', messageZh: '仅保密资格有等级' });
  }
  if (value.type === 'OTHER' && !value.otherName) {
    problems.push({ field: 'otherName', code: 'NAME_REQUIRED', message: 'name the certificate', messageZh: '请填写证书名称' });
  }
  if (value.issuedAt && value.expiresAt && value.expiresAt < value.issuedAt) {
    problems.push({ field: 'expiresAt', code: 'EXPIRES_BEFORE_ISSUED', message: 'must not be before the issue date', messageZh: '有效期不能早于发证日期' });
  }
  return problems;
}

function qualificationRules(value: Parameters<typeof qualificationConsistencyProblems>[0], ctx: z.RefinementCtx) {
  for (const problem of qualificationConsistencyProblems(value)) {
    ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message, params: { messageZh: problem.messageZh, code: problem.code } });
  }
}

/** The fields of `POST /api/v1/enterprises/{orgId}/qualifications` (multipart, with `file`). */
export const QualificationUploadFieldsSchema = z.object(QualificationFieldsShape).strict().superRefine(qualificationRules);
export type QualificationUploadFields = z.input<typeof QualificationUploadFieldsSchema>;

/** `PATCH /api/v1/qualifications/{id}`: an edit returns an approved certificate to PENDING. */
export const QualificationEditSchema = z.object(QualificationFieldsShape).partial().strict().superRefine(qualificationRules);
export type QualificationEdit = z.input<typeof QualificationEditSchema>;

export const QualificationStatusSchema = z.enum(QUALIFICATION_STATUSES);

export const QualificationViewSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  type: z.enum(QUALIFICATION_TYPE_CODES),
  name: z.string(),
  level: z.number().int().nullable(),
  certificateNo: z.string(),
  issuer: z.string(),
  issuedAt: z.string(),
  expiresAt: z.string(),
  scope: z.string().nullable(),
  status: QualificationStatusSchema,
  statusReason: z.string().nullable(),
  vetted: z.boolean(),
  file: z.object({ kind: z.enum(['PDF', 'PNG', 'JPEG']), size: z.number().int(), name: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type QualificationView = z.infer<typeof QualificationViewSchema>;

export const QualificationListSchema = z.object({ items: z.array(QualificationViewSchema) });
export type QualificationList = z.infer<typeof QualificationListSchema>;

export const QualificationCreatedSchema = z.object({ id: z.uuid(), status: z.literal('PENDING') });

export const QualificationQueueQuerySchema = KeysetQuerySchema.extend({ status: QualificationStatusSchema.default('PENDING') });
export type QualificationQueueQuery = z.input<typeof QualificationQueueQuerySchema>;

export const QualificationQueueItemSchema = QualificationViewSchema.extend({ organizationName: z.string() });
export const QualificationQueuePageSchema = keysetPageOf(QualificationQueueItemSchema);
export type QualificationQueuePage = z.infer<typeof QualificationQueuePageSchema>;

export const QualificationRejectSchema = z.object({ reason: ReasonSchema }).strict();
export const QualificationBulkApproveSchema = z.object({ ids: z.array(z.uuid()).min(1).max(100) }).strict();
export const QualificationBulkResultSchema = z.object({ approved: z.array(z.uuid()), skipped: z.array(z.object({ id: z.uuid(), reason: z.string() })) });
export type QualificationBulkResult = z.infer<typeof QualificationBulkResultSchema>;

/** Upload limit for a scanned certificate. */
export const QUALIFICATION_FILE_MAX_BYTES = 10 * 1024 * 1024;
