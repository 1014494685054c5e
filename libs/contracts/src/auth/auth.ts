import { z } from 'zod';
import { OrganizationKindSchema, OrganizationStatusSchema, PlatformRoleSchema, ViewerKindSchema } from '../session/viewer.js';
import { CreditCodeSchema, EmailSchema, NewPasswordSchema, OrganizationNameSchema, passwordNotEmail, PersonNameSchema, RegionCodeSchema } from './field-rules.js';

export const MembershipRoleSchema = z.enum(['OWNER', 'MEMBER']);
export type MembershipRole = z.infer<typeof MembershipRoleSchema>;

export const OrganizationSummarySchema = z.object({
  id: z.uuid(),
  kind: OrganizationKindSchema,
  name: z.string(),
  status: OrganizationStatusSchema,
});
export type OrganizationSummary = z.infer<typeof OrganizationSummarySchema>;

/** A user as the API shows it; never carries a password hash. */
export const UserViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  platformRole: PlatformRoleSchema,
  viewerKind: ViewerKindSchema,
  organization: OrganizationSummarySchema.extend({ membershipRole: MembershipRoleSchema }).nullable(),
});
export type UserView = z.infer<typeof UserViewSchema>;

/** `POST /api/v1/auth/register`: a user together with a new organisation. */
export const RegisterRequestSchema = z
  .object({
    email: EmailSchema,
    password: NewPasswordSchema,
    name: PersonNameSchema,
    organization: z.object({
      kind: OrganizationKindSchema,
      name: OrganizationNameSchema,
      creditCode: CreditCodeSchema,
      region: RegionCodeSchema,
    }),
  })
  .strict()
  .superRefine(passwordNotEmail);
export type RegisterRequest = z.input<typeof RegisterRequestSchema>;

export const RegisterResponseSchema = z.object({ user: UserViewSchema, organization: OrganizationSummarySchema });
export type RegisterResponse = z.infer<typeof RegisterResponseSchema>;

export const LoginRequestSchema = z.object({ email: z.string().trim().toLowerCase().max(254), password: z.string().max(512) });
export type LoginRequest = z.input<typeof LoginRequestSchema>;

/** Sign-in and refresh answer with a short-lived access token; the refresh token travels in an httpOnly cookie. */
export const SessionResponseSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int(),
  user: UserViewSchema,
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const ChangePasswordRequestSchema = z
  .object({ currentPassword: z.string().max(512), newPassword: NewPasswordSchema })
  .strict();
export type ChangePasswordRequest = z.input<typeof ChangePasswordRequestSchema>;

export const ResetPasswordRequestSchema = z.object({ token: z.string().min(20).max(200), newPassword: NewPasswordSchema }).strict();
export type ResetPasswordRequest = z.input<typeof ResetPasswordRequestSchema>;

export const ForgotPasswordRequestSchema = z.object({ email: EmailSchema }).strict();
export type ForgotPasswordRequest = z.input<typeof ForgotPasswordRequestSchema>;

/** What the admin hands to the user out of band when no SMTP is configured. */
export const PasswordResetTicketSchema = z.object({ token: z.string(), expiresAt: z.string() });
export type PasswordResetTicket = z.infer<typeof PasswordResetTicketSchema>;

export const REFRESH_COOKIE_NAME = 'mcf_refresh';
