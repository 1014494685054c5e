import type { NextFunction, Request, Response } from 'express';
import type { MetricsRegistry } from './metrics.registry.js';

/** Observes each request's latency, labelled by the matched route pattern (never the raw URL). */
export function httpMetricsMiddleware(metrics: MetricsRegistry) {
  return (req: Request, res: Response, next: NextFunction) => {
    const end = metrics.httpDuration.startTimer();
    res.once('finish', () => {
      const routePath = (req.route as { path?: string } | undefined)?.path;
      const route = routePath ? `${req.baseUrl}${routePath}` : req.path.startsWith('/api') ? 'unmatched' : 'static';
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
