import { Agent } from 'undici';

/**
 * How the app talks to Meilisearch. Responses uncompressed by default: on loopback or a LAN, compressing
 * each response costs the engine ~40 ms while the bytes saved cost nothing, which made the API's search
 * 5–7× slower than the engine (MEILI_COMPRESSION=on for a remote engine behind a slow link). Connections
 * are kept alive in one pool per client, idle for less than Meilisearch's own 5 s keep-alive, so that a
 * request is never sent on a socket the engine is closing.
 */
export interface MeilisearchConnection {
  requestInit: RequestInit;
  close(): Promise<void>;
}

const KEEP_ALIVE_MS = 4_000;

export function meilisearchConnection(options: { compression: boolean }): MeilisearchConnection {
  const agent = new Agent({ keepAliveTimeout: KEEP_ALIVE_MS, keepAliveMaxTimeout: KEEP_ALIVE_MS, connections: 64 });
  const headers: Record<string, string> = options.compression ? {} : { 'Accept-Encoding': 'identity' };
  // `dispatcher` is Node's fetch's (undici's) extension of RequestInit: the pool the requests go through.
  const requestInit = { headers, dispatcher: agent } as RequestInit;
  return { requestInit, close: () => agent.close() };
}
