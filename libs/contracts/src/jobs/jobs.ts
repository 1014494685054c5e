import { z } from 'zod';
import { pageOf, PageQuerySchema } from '../common/pagination.js';

/**
 * `GET /api/v1/admin/jobs?state=failed`: background jobs that gave up, wait to retry, run or wait to run,
 * for admins. The next runs of scheduled jobs are not among them: `GET /api/v1/admin/jobs/schedules` lists those.
 */
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

/**
 * Every job name of the platform (the API's JobName enum, which a test holds equal to this list), so that
 * the web app names each one in both languages (`jobs.names.*`, checked by its label test).
 */
export const JOB_NAMES = [
  'worker-heartbeat',
  'qualification-expiry-sweep',
  'profile-staleness-sweep',
  'enterprise-import',
  'index-enterprise',
  'index-demand',
  'match-demand',
  'match-enterprise',
  'demand-deadline-sweep',
  'notify-award',
  'send-notification-email',
  'check-demand-alerts',
  'check-enterprise-alerts',
  'saved-search-digest',
  'vocabulary-changed',
  'mine-vocabulary-text',
  'mine-procurer-choice',
  'send-claim-email',
  'index-offer',
  'match-offer',
  'index-talent',
  'match-talent-need',
] as const;
export type JobNameCode = (typeof JOB_NAMES)[number];

/** A scheduled (repeatable) job: what runs, on which schedule, and when next. */
export const JobScheduleViewSchema = z.object({
  queue: z.string(),
  /** The scheduler's id (the job name, for the platform's own schedules). */
  id: z.string(),
  name: z.string(),
  /** A cron pattern, read in `tz`; or null when the job repeats `every` milliseconds. */
  pattern: z.string().nullable(),
  every: z.number().int().nullable(),
  tz: z.string().nullable(),
  /** When it runs next (ISO 8601), if known. */
  next: z.string().nullable(),
});
export type JobScheduleView = z.infer<typeof JobScheduleViewSchema>;
export const JobScheduleListSchema = z.object({ items: z.array(JobScheduleViewSchema) });
export type JobScheduleList = z.infer<typeof JobScheduleListSchema>;
