import { z } from 'zod';

export const MONITORED_SERVICES = ['database', 'redis', 'meilisearch'] as const;
export type MonitoredService = (typeof MONITORED_SERVICES)[number];
/** The entry a ROLE=all API adds to its report: the job workers (its worker processes, or itself). */
export const WORKERS_CHECK = 'workers' as const;

export const ServiceHealthSchema = z.object({
  status: z.enum(['up', 'down']),
  message: z.string().optional(),
});
export type ServiceHealth = z.infer<typeof ServiceHealthSchema>;

/** The body of `GET /api/health` (the shape @nestjs/terminus answers with). */
export const HealthReportSchema = z.object({
  status: z.enum(['ok', 'error', 'shutting_down']),
  info: z.record(z.string(), ServiceHealthSchema).optional(),
  error: z.record(z.string(), ServiceHealthSchema).optional(),
  details: z.record(z.string(), ServiceHealthSchema),
});
export type HealthReport = z.infer<typeof HealthReportSchema>;

/** The body of `GET /api/health/live`: answered whenever the process's event loop runs, nothing else checked. */
export const LivenessReportSchema = z.object({
  status: z.literal('ok'),
  uptimeSeconds: z.number().int().min(0),
});
export type LivenessReport = z.infer<typeof LivenessReportSchema>;
