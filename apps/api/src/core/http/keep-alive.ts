import type { Server } from 'node:http';

/**
 * How long the API keeps an idle kept-alive connection open: longer than the proxies in front keep theirs
 * (nginx's and ingress-nginx's upstream keep-alive: 60 s), so that the proxy always closes an idle
 * connection first. With Node's default of 5 s the API closed sockets that the proxy was just reusing, and
 * that request was reset (seen as "read ECONNRESET" through the load test's proxy).
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export function keepConnectionsAliveForProxies(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Node requires the time allowed for a request's headers to exceed the keep-alive timeout.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
}
