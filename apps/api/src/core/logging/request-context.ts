import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';

export interface RequestContext {
  requestId: string;
  log: Logger;
}

/** Carries the request's logger through async calls so every log line of a request has its id. */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function createRootLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'mcf-api', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
  });
}

export function currentLogger(root: Logger): Logger {
  return requestContext.getStore()?.log ?? root;
}
