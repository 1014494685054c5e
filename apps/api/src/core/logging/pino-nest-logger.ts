import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';
import { currentLogger } from './request-context.js';

/**
 * Nest's own start-up chatter (every module initialised, every route mapped): a hundred lines at each start
 * that bury the URL and the demo accounts. Kept at debug (`LOG_LEVEL=debug` shows them).
 */
const START_UP_CONTEXTS: ReadonlySet<string> = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/** Nest's logger interface over pino; inside a request it logs through the request's child logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  log(message: unknown, ...optional: unknown[]) {
    const context = optional.at(-1);
    this.write(typeof context === 'string' && START_UP_CONTEXTS.has(context) ? 'debug' : 'info', message, optional);
  }
  error(message: unknown, ...optional: unknown[]) {
    this.write('error', message, optional);
  }
  warn(message: unknown, ...optional: unknown[]) {
    this.write('warn', message, optional);
  }
  debug(message: unknown, ...optional: unknown[]) {
    this.write('debug', message, optional);
  }
  verbose(message: unknown, ...optional: unknown[]) {
    this.write('trace', message, optional);
  }
  fatal(message: unknown, ...optional: unknown[]) {
    this.write('fatal', message, optional);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, optional: unknown[]) {
    const log = currentLogger(this.root);
    const context = typeof optional.at(-1) === 'string' ? (optional.at(-1) as string) : undefined;
    if (message instanceof Error) {
      log[level]({ context, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      log[level]({ context, ...message });
    } else {
      const stack = level === 'error' && typeof optional[0] === 'string' && optional.length > 1 ? optional[0] : undefined;
      log[level]({ context, ...(stack ? { stack } : {}) }, String(message));
    }
  }
}
