import { ORGANIZATION_KIND_CODES } from '@mcf/domain';
import { z } from 'zod';
import { KeysetQuerySchema, keysetPageOf } from '../common/pagination.js';

/** An organisation named in an audit entry: its name and kind, so that the page can link to it. */
export const AuditOrganizationRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORGANIZATION_KIND_CODES),
});
export type AuditOrganizationRef = z.infer<typeof AuditOrganizationRefSchema>;

/** A user or organisation whose id appears in an entry's before/after values, by that id. */
export const AuditReferenceSchema = z.object({
  type: z.enum(['user', 'organization']),
  name: z.string(),
});
export type AuditReference = z.infer<typeof AuditReferenceSchema>;

/**
 * One entry of the append-only audit trail, with the names a reader needs resolved by the API (who did
 * it, what it is about and whose it is), so that the page shows names, not ids.
 */
export const AuditEventViewSchema = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  actorUserId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  actorIp: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  requestId: z.string().nullable(),
  /** The actor's display name, when the actor is a user that still exists. */
  actorName: z.string().nullable(),
  /** The actor's organisation, if any (administrators have none). */
  actorOrganization: AuditOrganizationRefSchema.nullable(),
  /** What the target is called: an organisation's or user's name, a demand's title, a certificate's name and number… */
  targetLabel: z.string().nullable(),
  /** A code that classifies the target, for the page to name in its language (a certificate's type). */
  targetCode: z.string().nullable(),
  /** The organisation the target is or belongs to (a certificate's firm, a demand's procurer…). */
  targetOrganization: AuditOrganizationRefSchema.nullable(),
  /** Ids of users and organisations found in `before`/`after` (e.g. `userId`), with their names. */
  references: z.record(z.string(), AuditReferenceSchema),
});
export type AuditEventView = z.infer<typeof AuditEventViewSchema>;

export const AuditEventPageSchema = keysetPageOf(AuditEventViewSchema);
export type AuditEventPage = z.infer<typeof AuditEventPageSchema>;

export const AuditQuerySchema = KeysetQuerySchema.extend({
  action: z.string().trim().max(100).optional(),
  targetType: z.string().trim().max(50).optional(),
  targetId: z.string().trim().max(100).optional(),
  actorUserId: z.uuid().optional(),
  /** Part of the actor's name or email. */
  actor: z.string().trim().max(100).optional(),
  /** Part of an organisation's name: entries by its members or about it or about what belongs to it. */
  organization: z.string().trim().max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditQuery = z.input<typeof AuditQuerySchema>;
