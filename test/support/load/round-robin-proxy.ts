/**
 * A small round-robin HTTP proxy in front of several API processes, as a load balancer would be: each
 * request goes to the next backend that is up. A backend that refuses the connection is marked down and
 * the request goes to the next one (nothing was sent, so nothing can be done twice); a request whose
 * backend dies after taking it (a SIGKILL mid-request) is answered 502 with `X-Proxy-Upstream-Lost`
 * naming that backend, so that the caller can tell it from a 5xx the API itself gave.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const UPSTREAM_HEADER = 'x-proxy-upstream';
export const UPSTREAM_LOST_HEADER = 'x-proxy-upstream-lost';
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

/** How long a backend that refused a connection is left out before it is tried again. */
const DOWN_FOR_MS = 2000;

interface Backend {
  url: URL;
  agent: http.Agent;
  downUntil: number;
}

export interface RoundRobinProxy {
  url: string;
  /** Requests sent to each backend (by its base URL), and those rerouted after a refused connection. */
  stats(): { forwarded: Record<string, number>; rerouted: number; lost: number };
  close(): Promise<void>;
}

export async function startRoundRobinProxy(backendUrls: readonly string[], port = 0): Promise<RoundRobinProxy> {
  const backends: Backend[] = backendUrls.map((u) => ({ url: new URL(u), agent: new http.Agent({ keepAlive: true, maxSockets: 256 }), downUntil: 0 }));
  const forwarded: Record<string, number> = Object.fromEntries(backendUrls.map((u) => [u, 0]));
  let rerouted = 0;
  let lost = 0;
  let next = 0;

  const pick = (tried: Set<Backend>): Backend | undefined => {
    const now = Date.now();
    for (let i = 0; i < backends.length; i++) {
      const candidate = backends[(next + i) % backends.length]!;
      if (tried.has(candidate) || candidate.downUntil > now) continue;
      next = (next + i + 1) % backends.length;
      return candidate;
    }
    // Every backend is marked down: try one not yet tried anyway rather than refuse outright.
    return backends.find((b) => !tried.has(b));
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const tried = new Set<Backend>();
      let retriedReset = false;
      const attempt = () => {
        const backend = pick(tried);
        if (!backend) {
          response.writeHead(502, { 'content-type': 'text/plain' }).end('no backend answers');
          return;
        }
        tried.add(backend);
        const base = backend.url.origin;
        const headers = { ...request.headers, host: backend.url.host, 'x-forwarded-for': request.socket.remoteAddress ?? '127.0.0.1' };
        if (body.length > 0) headers['content-length'] = String(body.length);
        let sent = false;
        const upstream = http.request(
          { host: backend.url.hostname, port: backend.url.port, method: request.method, path: request.url, headers, agent: backend.agent },
          (answer) => {
            forwarded[base] = (forwarded[base] ?? 0) + 1;
            response.writeHead(answer.statusCode ?? 502, { ...answer.headers, [UPSTREAM_HEADER]: base });
            answer.pipe(response);
            answer.on('error', () => response.destroy());
          },
        );
        upstream.on('socket', (socket) => {
          // Once connected (a fresh socket) or handed a live kept-alive one, the request is on its way.
          if (!socket.connecting) sent = true;
          else socket.once('connect', () => (sent = true));
        });
        upstream.on('error', (error: NodeJS.ErrnoException) => {
          if (response.headersSent) {
            response.destroy();
            return;
          }
          if (!sent || error.code === 'ECONNREFUSED') {
            backend.downUntil = Date.now() + DOWN_FOR_MS;
            rerouted += 1;
            attempt();
            return;
          }
          // A kept-alive socket the backend closed as it was handed this request (its idle timeout): nothing
          // reached the backend's application, and a request that changes nothing is sent again, as nginx does
          // (proxy_next_upstream error, idempotent methods only); a write is reported lost as it may have run.
          if (upstream.reusedSocket && error.code === 'ECONNRESET' && IDEMPOTENT.has(request.method ?? '') && !retriedReset) {
            retriedReset = true;
            tried.delete(backend);
            attempt();
            return;
          }
          lost += 1;
          response.writeHead(502, { 'content-type': 'text/plain', [UPSTREAM_LOST_HEADER]: base }).end(`upstream lost: ${error.message}`);
        });
        upstream.end(body);
      };
      attempt();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    stats: () => ({ forwarded: { ...forwarded }, rerouted, lost }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const backend of backends) backend.agent.destroy();
    },
  };
}
