import { z } from 'zod';
import { pageOf, PageQuerySchema } from '../common/pagination.js';

/** `GET /api/v1/admin/jobs?state=failed`: background jobs that gave up or are waiting to retry, for admins. */
export const JobQuerySchema = PageQuerySchema.extend({
  state: z.enum(['failed', 'delayed', 'active', 'waiting']).default('failed'),
});
export type JobQuery = z.infer<typeof JobQuerySchema>;

export const JobViewSchema = z.object({
  queue: z.string(),
  id: z.string(),
  name: z.string(),
  state: z.string(),
  attemptsMade: z.number().int(),
  failedReason: z.string().nullable(),
  data: z.unknown(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobView = z.infer<typeof JobViewSchema>;
export const JobPageSchema = pageOf(JobViewSchema);
export type JobPage = z.infer<typeof JobPageSchema>;
