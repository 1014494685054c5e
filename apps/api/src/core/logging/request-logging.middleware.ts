import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { requestContext } from './request-context.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * One access-log line per request (pino-http) and a request id — taken from `X-Request-Id` when the
 * caller (e.g. the load balancer) sent a sane one — on every line logged while serving it.
 */
export function requestLoggingMiddleware(root: Logger) {
  const httpLogger = pinoHttp({
    logger: root,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    autoLogging: { ignore: (req) => req.url === '/metrics' },
    serializers: {
      req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
      }),
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    httpLogger(req, res, () => {
      requestContext.run({ requestId: String(req.id), log: req.log }, next);
    });
  };
}
