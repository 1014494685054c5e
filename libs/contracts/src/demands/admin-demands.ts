import { z } from 'zod';
import { ReasonSchema } from '../auth/field-rules.js';
import { pageOf, PageQuerySchema } from '../common/pagination.js';
import { DemandStatusSchema, DemandVisibilitySchema } from './demands.js';

/**
 * `GET /api/v1/admin/demands`: every demand on the platform (moderation), newest first; `organization`
 * matches part of the posting organisation's name.
 */
export const AdminDemandsQuerySchema = PageQuerySchema.extend({
  status: DemandStatusSchema.optional(),
  organization: z.string().trim().max(100).optional(),
});
export type AdminDemandsQuery = z.output<typeof AdminDemandsQuerySchema>;

export const AdminDemandRowSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: DemandStatusSchema,
  visibility: DemandVisibilitySchema,
  organizationId: z.uuid(),
  organizationName: z.string(),
  deadline: z.string().nullable(),
  /** Responses received (any status). */
  responseCount: z.number().int(),
  statusReason: z.string().nullable(),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AdminDemandRow = z.infer<typeof AdminDemandRowSchema>;
export const AdminDemandPageSchema = pageOf(AdminDemandRowSchema);
export type AdminDemandPage = z.infer<typeof AdminDemandPageSchema>;

/**
 * `POST /api/v1/admin/demands/{id}/close` and `…/cancel`: an administrator ends any demand; the reason
 * is required, audited, and told to the owner and to every firm whose response it ends.
 */
export const AdminDemandModerationSchema = z.object({ reason: ReasonSchema }).strict();
export type AdminDemandModeration = z.output<typeof AdminDemandModerationSchema>;
