import { z } from 'zod';
import { KeysetQuerySchema, keysetPageOf } from '../common/pagination.js';

/** One entry of the append-only audit trail. */
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
});
export type AuditEventView = z.infer<typeof AuditEventViewSchema>;

export const AuditEventPageSchema = keysetPageOf(AuditEventViewSchema);
export type AuditEventPage = z.infer<typeof AuditEventPageSchema>;

export const AuditQuerySchema = KeysetQuerySchema.extend({
  action: z.string().trim().max(100).optional(),
  targetType: z.string().trim().max(50).optional(),
  targetId: z.string().trim().max(100).optional(),
  actorUserId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditQuery = z.input<typeof AuditQuerySchema>;
