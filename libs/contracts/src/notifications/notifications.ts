import { z } from 'zod';
import { pageOf, PageQuerySchema } from '../common/pagination.js';
import type { OrganizationKind } from '../session/viewer.js';

export const NOTIFICATION_KINDS = [
  'QUALIFICATION_EXPIRING',
  'QUALIFICATION_EXPIRED',
  'QUALIFICATION_APPROVED',
  'QUALIFICATION_REJECTED',
  'ORGANIZATION_STATUS_CHANGED',
  /** A published profile not reconfirmed for 365 days: once per staleness period. */
  'PROFILE_STALE',
  'DEMAND_MATCHED',
  'MATCHING_READY',
  'INVITED_TO_DEMAND',
  'RESPONSE_RECEIVED',
  'RESPONSE_DECIDED',
  'RESPONSE_WITHDRAWN',
  'AWARD_OUTCOME',
  /** A firm asked the procurer a question about its demand. */
  'CLARIFICATION_ASKED',
  /** The procurer published an answer to a question about a demand the firm responded to or was invited to. */
  'CLARIFICATION_ANSWERED',
  /** The other side wrote in a conversation about a demand. */
  'MESSAGE_RECEIVED',
  /** A new demand or supplier profile matched a user's saved search (IMMEDIATE). */
  'SAVED_SEARCH_ALERT',
  /** The daily digest of what matched a user's saved search (DAILY, 08:00 China time). */
  'SAVED_SEARCH_DIGEST',
  /** An administrator closed or cancelled the organisation's demand (moderation), with the reason. */
  'DEMAND_MODERATED',
  /** To administrators: an organisation registered and waits to be verified. */
  'ADMIN_ORGANIZATION_REGISTERED',
  /** To administrators: someone claimed an imported or demo organisation. */
  'ADMIN_CLAIM_FILED',
  /** To administrators: a certificate was uploaded, or edited back to pending, and waits for review. */
  'ADMIN_QUALIFICATION_SUBMITTED',
  /** To a firm: a newly published technology offer its capability profile could take up. */
  'OFFER_MATCHED',
  /** To an offer's owner: an administrator approved (published) or rejected its offer. */
  'OFFER_REVIEWED',
  /** To an offer's owner: matching found the firms that could take it up. */
  'OFFER_MATCHES_READY',
  /** To an offer's owner: an organisation said it is interested and opened a conversation. */
  'OFFER_INTEREST',
  /** To administrators: a technology offer was submitted and waits for review. */
  'ADMIN_OFFER_SUBMITTED',
  /** To a person of the talent pool: an organisation wrote to them through the platform. */
  'TALENT_CONTACTED',
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** The kinds each kind of organisation can receive, in display order: the preferences list only these. */
export const NOTIFICATION_KINDS_BY_ORGANIZATION: Readonly<Record<OrganizationKind, readonly NotificationKind[]>> = {
  ENTERPRISE: [
    'INVITED_TO_DEMAND',
    'DEMAND_MATCHED',
    'RESPONSE_DECIDED',
    'AWARD_OUTCOME',
    'CLARIFICATION_ANSWERED',
    'MESSAGE_RECEIVED',
    'SAVED_SEARCH_ALERT',
    'SAVED_SEARCH_DIGEST',
    'QUALIFICATION_APPROVED',
    'QUALIFICATION_REJECTED',
    'QUALIFICATION_EXPIRING',
    'QUALIFICATION_EXPIRED',
    'PROFILE_STALE',
    'ORGANIZATION_STATUS_CHANGED',
    'OFFER_MATCHED',
    'OFFER_REVIEWED',
    'OFFER_MATCHES_READY',
    'OFFER_INTEREST',
  ],
  PROCURER: [
    'MATCHING_READY',
    'DEMAND_MODERATED',
    'RESPONSE_RECEIVED',
    'RESPONSE_WITHDRAWN',
    'CLARIFICATION_ASKED',
    'MESSAGE_RECEIVED',
    'SAVED_SEARCH_ALERT',
    'SAVED_SEARCH_DIGEST',
    'ORGANIZATION_STATUS_CHANGED',
    'OFFER_REVIEWED',
    'OFFER_MATCHES_READY',
    'OFFER_INTEREST',
  ],
  INSTITUTE: ['OFFER_REVIEWED', 'OFFER_MATCHES_READY', 'OFFER_INTEREST', 'MESSAGE_RECEIVED', 'ORGANIZATION_STATUS_CHANGED'],
  PARK: ['OFFER_REVIEWED', 'OFFER_MATCHES_READY', 'OFFER_INTEREST', 'MESSAGE_RECEIVED', 'ORGANIZATION_STATUS_CHANGED'],
};

/**
 * The kinds administrators receive, in display order. They are addressed to the platform, not to an
 * organisation: every administrator sees the same notifications and shares their read state and preferences.
 */
export const ADMIN_NOTIFICATION_KINDS = [
  'ADMIN_ORGANIZATION_REGISTERED',
  'ADMIN_CLAIM_FILED',
  'ADMIN_QUALIFICATION_SUBMITTED',
  'ADMIN_OFFER_SUBMITTED',
] as const satisfies readonly NotificationKind[];
export type AdminNotificationKind = (typeof ADMIN_NOTIFICATION_KINDS)[number];

/**
 * The kinds addressed to one user as a person (a profile in the talent pool), not to an organisation: a
 * person may have no organisation, and one who has keeps these to themself. Their preferences are the user's.
 */
export const PERSONAL_NOTIFICATION_KINDS = ['TALENT_CONTACTED'] as const satisfies readonly NotificationKind[];
export type PersonalNotificationKind = (typeof PERSONAL_NOTIFICATION_KINDS)[number];

/** An in-app notification, in both languages so that the UI shows the reader's. */
export const NotificationViewSchema = z.object({
  id: z.uuid(),
  kind: NotificationKindSchema,
  titleZh: z.string(),
  titleEn: z.string(),
  bodyZh: z.string(),
  bodyEn: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationViewSchema>;

export const NotificationPageSchema = pageOf(NotificationViewSchema).extend({ unread: z.number().int() });
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

export const NotificationQuerySchema = PageQuerySchema.extend({ unreadOnly: z.enum(['true', 'false']).default('false') });

/**
 * Which kinds of notification an organisation receives in the app, and which of those also by email
 * (kinds not listed stay on; `email` left out keeps the stored choice). In answers every kind is listed
 * with both choices, and `emailDelivery` says whether the platform sends email at all (SMTP configured).
 */
export const NotificationPreferencesSchema = z.object({
  items: z
    .array(z.object({ kind: NotificationKindSchema, inApp: z.boolean(), email: z.boolean().optional() }).strict())
    .max(NOTIFICATION_KINDS.length),
  emailDelivery: z.boolean().optional(),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;
