import { EXPIRY_WATCH_WINDOWS, QUALIFICATION_TYPE_CODES } from '@mcf/domain';
import { z } from 'zod';
import { RegionCodeSchema } from '../auth/field-rules.js';
import { pageOf, PageQuerySchema } from '../common/pagination.js';

/**
 * `GET /api/v1/admin/qualifications/expiring` (到期预警): approved certificates that expire within 30, 60
 * or 90 days, soonest first, optionally of one type and in one region (a province or city includes
 * everything inside it).
 */
export const ExpiringQualificationQuerySchema = PageQuerySchema.extend({
  within: z.enum(EXPIRY_WATCH_WINDOWS.map(String) as ['30', '60', '90']).default('30'),
  type: z.enum(QUALIFICATION_TYPE_CODES).optional(),
  region: RegionCodeSchema.optional(),
});
export type ExpiringQualificationQuery = z.input<typeof ExpiringQualificationQuerySchema>;

export const ExpiringQualificationSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  regionCode: z.string(),
  type: z.enum(QUALIFICATION_TYPE_CODES),
  /** The certificate's name: the type's, or its own for OTHER. */
  name: z.string(),
  level: z.number().int().nullable(),
  certificateNo: z.string(),
  expiresAt: z.string(),
  /** Whole days from today (China time) to the last valid day; 0 = expires today. */
  daysLeft: z.number().int(),
  /** The narrowest window it falls in: an owner is reminded once per certificate and window. */
  window: z.union([z.literal(30), z.literal(60), z.literal(90)]),
  /** When an administrator reminded the owner in this window, if they did. */
  remindedAt: z.string().nullable(),
});
export type ExpiringQualification = z.infer<typeof ExpiringQualificationSchema>;
export const ExpiringQualificationPageSchema = pageOf(ExpiringQualificationSchema);
export type ExpiringQualificationPage = z.infer<typeof ExpiringQualificationPageSchema>;

/** `POST /api/v1/admin/qualifications/expiry-reminders`: remind the owners of these certificates (one or many). */
export const ExpiryReminderRequestSchema = z.object({
  ids: z.array(z.uuid()).min(1).max(100),
});
export type ExpiryReminderRequest = z.infer<typeof ExpiryReminderRequestSchema>;

export const EXPIRY_REMINDER_SKIP_REASONS = [
  /** This certificate's owner was already reminded in its current window. */
  'ALREADY_REMINDED',
  /** Not an approved certificate within 90 days of expiry (renewed, lapsed, rejected…). */
  'NOT_EXPIRING',
  /** The organisation turned this kind of notification off. */
  'NOTIFICATIONS_OFF',
  'NOT_FOUND',
] as const;
export const ExpiryReminderResultSchema = z.object({
  reminded: z.array(z.uuid()),
  skipped: z.array(z.object({ id: z.uuid(), reason: z.enum(EXPIRY_REMINDER_SKIP_REASONS) })),
});
export type ExpiryReminderResult = z.infer<typeof ExpiryReminderResultSchema>;
