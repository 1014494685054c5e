import { z } from 'zod';
import { EmailSchema, NewPasswordSchema, PersonNameSchema, ReasonSchema } from '../auth/field-rules.js';
import { MembershipRoleSchema } from '../auth/auth.js';
import { KeysetQuerySchema, keysetPageOf } from '../common/pagination.js';
import { OrganizationKindSchema, OrganizationStatusSchema } from '../session/viewer.js';

/** An organisation as administrators see it. */
export const OrganizationAdminViewSchema = z.object({
  id: z.uuid(),
  kind: OrganizationKindSchema,
  name: z.string(),
  creditCode: z.string(),
  regionCode: z.string(),
  status: OrganizationStatusSchema,
  statusReason: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
  createdAt: z.string(),
  memberCount: z.number().int(),
  /** Demo data (loaded by DEMO_DATA), shown with a 演示 tag and left out of the plan's targets. */
  isDemo: z.boolean(),
});
export type OrganizationAdminView = z.infer<typeof OrganizationAdminViewSchema>;

export const OrganizationAdminPageSchema = keysetPageOf(OrganizationAdminViewSchema);
export type OrganizationAdminPage = z.infer<typeof OrganizationAdminPageSchema>;

export const ORGANIZATION_SORTS = ['createdAt', '-createdAt', 'name', '-name'] as const;
export const OrganizationAdminQuerySchema = KeysetQuerySchema.extend({
  status: OrganizationStatusSchema.optional(),
  kind: OrganizationKindSchema.optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(ORGANIZATION_SORTS).default('-createdAt'),
});
export type OrganizationAdminQuery = z.input<typeof OrganizationAdminQuerySchema>;

export const StatusReasonRequestSchema = z.object({ reason: ReasonSchema }).strict();
export type StatusReasonRequest = z.input<typeof StatusReasonRequestSchema>;

/** A member of the caller's own organisation. */
export const MemberViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  membershipRole: MembershipRoleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type MemberView = z.infer<typeof MemberViewSchema>;

export const MemberListSchema = z.object({ items: z.array(MemberViewSchema) });
export type MemberList = z.infer<typeof MemberListSchema>;

export const CreateInvitationRequestSchema = z.object({ email: EmailSchema }).strict();
export type CreateInvitationRequest = z.input<typeof CreateInvitationRequestSchema>;

/** An invitation to join an organisation; `token` is shown once, to the owner who created it. */
export const InvitationViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  status: z.enum(['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED']),
  expiresAt: z.string(),
  createdAt: z.string(),
  token: z.string().optional(),
});
export type InvitationView = z.infer<typeof InvitationViewSchema>;
export const InvitationListSchema = z.object({ items: z.array(InvitationViewSchema) });
export type InvitationList = z.infer<typeof InvitationListSchema>;

export const AcceptInvitationRequestSchema = z
  .object({ token: z.string().min(20).max(200), name: PersonNameSchema, password: NewPasswordSchema })
  .strict();
export type AcceptInvitationRequest = z.input<typeof AcceptInvitationRequestSchema>;
