import { z } from 'zod';
import {
  CreditCodeSchema,
  EmailSchema,
  NewPasswordSchema,
  passwordNotEmail,
  PersonNameSchema,
  ReasonSchema,
} from '../auth/field-rules.js';
import { pageOf, PageQuerySchema } from '../common/pagination.js';
import { OrganizationStatusSchema } from '../session/viewer.js';

/**
 * `POST /api/v1/auth/claims` (multipart): someone asks to become the owner of an organisation that was
 * imported or loaded as demo data and has no member yet (`isClaimable` in @mcf/domain), with the
 * business-licence scan as `licence` (PDF, PNG or JPEG by content, at most 10 MB, like a certificate).
 */
export const ClaimFieldsSchema = z
  .object({
    creditCode: CreditCodeSchema,
    name: PersonNameSchema,
    email: EmailSchema,
    password: NewPasswordSchema,
  })
  .strict()
  .superRefine(passwordNotEmail);
export type ClaimFields = z.input<typeof ClaimFieldsSchema>;

export const CLAIM_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

/** The answer to a filed claim: it waits for an administrator. */
export const ClaimFiledSchema = z.object({ id: z.uuid(), status: z.literal('PENDING') });
export type ClaimFiled = z.infer<typeof ClaimFiledSchema>;

/** A claim as administrators review it. */
export const ClaimAdminViewSchema = z.object({
  id: z.uuid(),
  status: ClaimStatusSchema,
  organization: z.object({
    id: z.uuid(),
    name: z.string(),
    creditCode: z.string(),
    status: OrganizationStatusSchema,
    isDemo: z.boolean(),
  }),
  claimantName: z.string(),
  claimantEmail: z.string(),
  licence: z.object({ kind: z.enum(['PDF', 'PNG', 'JPEG']), size: z.number().int(), name: z.string() }),
  reason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedByEmail: z.string().nullable(),
});
export type ClaimAdminView = z.infer<typeof ClaimAdminViewSchema>;

export const ClaimAdminPageSchema = pageOf(ClaimAdminViewSchema);
export type ClaimAdminPage = z.infer<typeof ClaimAdminPageSchema>;

export const ClaimAdminQuerySchema = PageQuerySchema.extend({ status: ClaimStatusSchema.optional() });
export type ClaimAdminQuery = z.input<typeof ClaimAdminQuerySchema>;

export const ClaimRejectRequestSchema = z.object({ reason: ReasonSchema }).strict();
export type ClaimRejectRequest = z.input<typeof ClaimRejectRequestSchema>;
