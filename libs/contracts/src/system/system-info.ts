import { z } from 'zod';

export const DemoAccountSchema = z.object({
  email: z.string(),
  password: z.string(),
  kind: z.enum(['ENTERPRISE', 'PROCURER', 'ADMIN']),
  organizationName: z.string().optional(),
});
export type DemoAccount = z.infer<typeof DemoAccountSchema>;

/** `GET /api/v1/system/info`: what the web app shows in its footer and on the health page. */
export const SystemInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  role: z.enum(['api', 'worker', 'all']),
  demoData: z.boolean(),
  startedAt: z.string(),
});
export type SystemInfo = z.infer<typeof SystemInfoSchema>;
