import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/**
 * How long the API keeps an idle kept-alive connection open: longer than the proxies in front keep theirs
 * (nginx's and ingress-nginx's upstream keep-alive: 60 s), so that the proxy always closes an idle
 * connection first. With Node's default of 5 s the API closed sockets that the proxy was just reusing, and
 * that request was reset (seen as "read ECONNRESET" through the load test's proxy).
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** How often a stopping server closes the connections that went idle since it last looked. */
const DRAIN_SWEEP_MS = 100;

/**
 * Kept-alive connections for the proxies in front, and a shutdown that does not wait for them: `server.close()`
 * closes the connections idle at that moment only, and a client busy on a kept-alive connection would keep it
 * open for KEEP_ALIVE_TIMEOUT_MS more. While draining, every answer not yet sent says `Connection: close`
 * (the client opens its next request elsewhere, to a replica still running), connections that go idle are closed
 * within DRAIN_SWEEP_MS, and whatever is still open after the grace period is closed.
 */
export class ConnectionDrain {
  private draining = false;
  /** Answers being prepared: told to close their connection too when draining starts. */
  private readonly inFlight = new Set<Response>();

  constructor(private readonly server: Server) {
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    // Node requires the time allowed for a request's headers to exceed the keep-alive timeout.
    server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  }

  /** Registered first, so that it marks every answer given while draining. */
  readonly middleware = (_request: Request, response: Response, next: NextFunction): void => {
    if (this.draining) response.setHeader('Connection', 'close');
    else {
      this.inFlight.add(response);
      response.once('close', () => this.inFlight.delete(response));
    }
    next();
  };

  /** Starts draining; the caller then closes the server (which waits for the connections to end). */
  start(graceMs: number): void {
    if (this.draining) return;
    this.draining = true;
    for (const response of this.inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
    this.inFlight.clear();
    this.server.closeIdleConnections();
    const sweep = setInterval(() => this.server.closeIdleConnections(), DRAIN_SWEEP_MS);
    const deadline = setTimeout(() => {
      clearInterval(sweep);
      this.server.closeAllConnections();
    }, graceMs);
    sweep.unref();
    deadline.unref();
    this.server.once('close', () => {
      clearInterval(sweep);
      clearTimeout(deadline);
    });
  }
}
