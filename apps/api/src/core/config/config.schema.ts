import { isIP } from 'node:net';
import { DEFAULT_MAX_INDEXING_MEMORY } from '@mcf/embedded-services';
import { z } from 'zod';
import { parseStorageUrl, type S3Location } from '../storage/storage-url.js';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a whole number between 1 and 65535' })
    .int('must be a whole number between 1 and 65535')
    .min(1, 'must be a whole number between 1 and 65535')
    .max(65535, 'must be a whole number between 1 and 65535')
    .default(fallback);

const urlWithProtocols = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

/**
 * Which proxies may tell the app the client's address and protocol (X-Forwarded-For / -Proto): `off`,
 * a number of hops, or a comma list of addresses, CIDR ranges and the names loopback, linklocal,
 * uniquelocal. It decides whether a request counts as TLS (HSTS, Secure cookies) and the client IP
 * that rate limits count.
 */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (entry: string) => {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
};
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (value === 'off') return false;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
    if (entries.length > 0 && entries.every(isProxyAddress)) return entries;
    ctx.addIssue({ code: 'custom', message: 'must be "off", a number of hops, or a comma list of addresses, CIDR ranges, loopback, linklocal, uniquelocal' });
    return z.NEVER;
  });

const onOff = z.enum(['on', 'off'], { error: 'must be "on" or "off"' });
const optionalText = z.string().trim().min(1).optional();

/**
 * Every variable the platform reads, with its default. `sensitive` ones are never printed. This is the
 * only place that reads `process.env`; features ask `AppConfig` for typed values.
 */
export const CONFIG_VARIABLES = {
  NODE_ENV: { schema: z.enum(['development', 'production', 'test']).default('development'), sensitive: false },
  ROLE: { schema: z.enum(['api', 'worker', 'all'], { error: 'must be one of api, worker, all' }).default('all'), sensitive: false },
  /**
   * With ROLE=all: how many child processes (ROLE=worker, at a lower CPU priority) run the BullMQ workers, so
   * that no job runs on the event loop that serves HTTP; 0 runs them in the API process itself.
   */
  WORKER_PROCESSES: {
    schema: z.coerce.number({ error: 'must be a whole number from 0 to 16' }).int('must be a whole number from 0 to 16').min(0, 'must be a whole number from 0 to 16').max(16, 'must be a whole number from 0 to 16').default(1),
    sensitive: false,
  },
  HOST: { schema: z.string().trim().min(1).default('0.0.0.0'), sensitive: false },
  PORT: { schema: port(3000), sensitive: false },
  DATA_DIR: { schema: z.string().trim().min(1).default('./.data'), sensitive: false },
  /** Uploaded files in an S3-compatible bucket instead of DATA_DIR/files (credentials: the AWS_* variables). */
  STORAGE_URL: {
    schema: z
      .string()
      .trim()
      .transform((value, ctx): S3Location => {
        const parsed = parseStorageUrl(value);
        if ('problem' in parsed) {
          ctx.addIssue({ code: 'custom', message: parsed.problem });
          return z.NEVER;
        }
        return parsed;
      })
      .optional(),
    sensitive: false,
  },
  DATABASE_URL: { schema: urlWithProtocols(['postgres:', 'postgresql:']).optional(), sensitive: true },
  EMBEDDED_DATABASE_NAME: {
    schema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case PostgreSQL identifier').default('mcf'),
    sensitive: false,
  },
  REDIS_URL: { schema: urlWithProtocols(['redis:', 'rediss:']).optional(), sensitive: true },
  /** Unset: derived from the database's identity (core/queue/queue-prefix.ts), so deployments sharing a Redis stay apart. */
  QUEUE_PREFIX: { schema: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1–40 letters, digits, - or _').optional(), sensitive: false },
  MEILI_URL: { schema: urlWithProtocols(['http:', 'https:']).optional(), sensitive: false },
  MEILI_MASTER_KEY: { schema: z.string().min(16, 'must be at least 16 bytes').optional(), sensitive: true },
  MEILI_API_KEY: { schema: optionalText, sensitive: true },
  /** Ask Meilisearch for compressed responses: only worth it for a remote engine behind a slow link. */
  MEILI_COMPRESSION: { schema: onOff.default('off'), sensitive: false },
  /** `--max-indexing-memory` of the embedded Meilisearch (a remote one is given its own flag by its operator). */
  MEILI_MAX_INDEXING_MEMORY: {
    schema: z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?\s*(B|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?$/i, 'must be an amount of memory such as "1 GiB", "512 MiB" or a number of bytes')
      .default(DEFAULT_MAX_INDEXING_MEMORY),
    sensitive: false,
  },
  SEARCH_INDEX_PREFIX: {
    schema: z.string().regex(/^[a-z0-9_]{0,40}$/, 'must be up to 40 lower-case letters, digits or _').default('mcf_'),
    sensitive: false,
  },
  DEMO_DATA: { schema: onOff.default('on'), sensitive: false },
  BOOTSTRAP_ADMIN_EMAIL: { schema: z.email('must be an email address').optional(), sensitive: false },
  BOOTSTRAP_ADMIN_PASSWORD: { schema: z.string().min(10, 'must be at least 10 characters').optional(), sensitive: true },
  JWT_SECRET: { schema: z.string().min(32, 'must be at least 32 characters').optional(), sensitive: true },
  ACCESS_TOKEN_TTL_SECONDS: { schema: z.coerce.number().int().min(60).max(3600).default(900), sensitive: false },
  REFRESH_TOKEN_TTL_DAYS: { schema: z.coerce.number().int().min(1).max(90).default(14), sensitive: false },
  AUTH_RATE_LIMIT: { schema: z.coerce.number().int().min(1).max(100_000).default(10), sensitive: false },
  LOG_LEVEL: { schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'), sensitive: false },
  SHUTDOWN_TIMEOUT_MS: { schema: z.coerce.number().int().min(0).max(600_000).default(10_000), sensitive: false },
  WEB_DIST_DIR: { schema: optionalText, sensitive: false },
  TRUST_PROXY: { schema: trustProxy.default(['loopback', 'linklocal', 'uniquelocal']), sensitive: false },
  /** Email for notifications: off unless set (smtp://user:pass@host:587 or smtps://…:465). */
  SMTP_URL: { schema: urlWithProtocols(['smtp:', 'smtps:']).optional(), sensitive: true },
  SMTP_FROM: { schema: z.string().trim().min(3).default('军民融合供需对接平台 <noreply@mcf.local>'), sensitive: false },
  /** The address users reach the web app at, so that links in emails are absolute. */
  PUBLIC_URL: { schema: urlWithProtocols(['http:', 'https:']).optional(), sensitive: false },
  HEARTBEAT_INTERVAL_MS: { schema: z.coerce.number().int().min(1000).max(3_600_000).default(30_000), sensitive: false },
} as const;

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;

const shape = Object.fromEntries(Object.entries(CONFIG_VARIABLES).map(([name, v]) => [name, v.schema])) as {
  [K in ConfigVariable]: (typeof CONFIG_VARIABLES)[K]['schema'];
};

export const ConfigSchema = z.object(shape).superRefine((config, ctx) => {
  if (config.MEILI_URL && !config.MEILI_MASTER_KEY && !config.MEILI_API_KEY) {
    ctx.addIssue({ code: 'custom', path: ['MEILI_MASTER_KEY'], message: 'is required when MEILI_URL is set (or set MEILI_API_KEY)' });
  }
  if ((config.MEILI_MASTER_KEY || config.MEILI_API_KEY) && !config.MEILI_URL) {
    ctx.addIssue({ code: 'custom', path: ['MEILI_URL'], message: 'is required when a Meilisearch key is set' });
  }
  // A secret generated into DATA_DIR differs per replica: tokens one API signs, another would refuse.
  if (config.ROLE !== 'all' && config.NODE_ENV !== 'development' && !config.JWT_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['JWT_SECRET'],
      message: `is required with ROLE=${config.ROLE} outside development (NODE_ENV=${config.NODE_ENV}): every replica must sign and check tokens with the same key`,
    });
  }
  if (Boolean(config.BOOTSTRAP_ADMIN_EMAIL) !== Boolean(config.BOOTSTRAP_ADMIN_PASSWORD)) {
    const missing = config.BOOTSTRAP_ADMIN_EMAIL ? 'BOOTSTRAP_ADMIN_PASSWORD' : 'BOOTSTRAP_ADMIN_EMAIL';
    ctx.addIssue({ code: 'custom', path: [missing], message: 'is required together with the other BOOTSTRAP_ADMIN_ variable' });
  }
});

export type ConfigValues = z.infer<typeof ConfigSchema>;

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error: ${problems.join('; ')}`);
    this.name = 'ConfigurationError';
  }
}

/** Parses the environment; an empty string counts as unset. Throws one error listing every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): ConfigValues {
  const input: Record<string, string> = {};
  for (const name of Object.keys(CONFIG_VARIABLES)) {
    const value = env[name];
    if (value !== undefined && value !== '') input[name] = value;
  }
  const result = ConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'configuration') as ConfigVariable;
    const sensitive = CONFIG_VARIABLES[name]?.sensitive ?? true;
    const given = input[name];
    const shown = given === undefined ? '' : sensitive ? ' (value hidden)' : ` (got "${given}")`;
    return `${name} ${issue.message}${shown}`;
  });
  throw new ConfigurationError(problems);
}
