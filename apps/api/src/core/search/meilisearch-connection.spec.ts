import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Meilisearch } from 'meilisearch';
import { afterEach, describe, expect, it } from 'vitest';
import { meilisearchConnection } from './meilisearch-connection.js';

/** A stand-in for Meilisearch that records each request's headers and how many connections it took. */
async function engine(): Promise<{ server: Server; url: string; requests: IncomingHttpHeaders[]; connections: () => number }> {
  const requests: IncomingHttpHeaders[] = [];
  let connections = 0;
  const server = createServer((request, response) => {
    requests.push(request.headers);
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify({ status: 'available' }));
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, connections: () => connections };
}

let close: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const each of close) await each();
  close = [];
});

describe('the connection to Meilisearch', () => {
  it('asks for uncompressed responses and reuses kept-alive connections', async () => {
    const { server, url, requests, connections } = await engine();
    const connection = meilisearchConnection({ compression: false });
    close.push(() => connection.close(), () => new Promise((resolve) => server.close(() => resolve())));
    const client = new Meilisearch({ host: url, apiKey: 'key', requestInit: connection.requestInit });
    for (let i = 0; i < 10; i++) await client.health();
    expect(requests.map((headers) => headers['accept-encoding'])).toEqual(Array(10).fill('identity'));
    expect(requests[0]!.authorization).toBe('Bearer key');
    // Ten calls one after another over at most two sockets (the next request may start a moment before the
    // last response's socket is back in the pool), never a connection per call.
    expect(connections()).toBeLessThanOrEqual(2);
  });

  it('asks for compressed responses again with MEILI_COMPRESSION=on', async () => {
    const { server, url, requests } = await engine();
    const connection = meilisearchConnection({ compression: true });
    close.push(() => connection.close(), () => new Promise((resolve) => server.close(() => resolve())));
    await new Meilisearch({ host: url, requestInit: connection.requestInit }).health();
    expect(requests[0]!['accept-encoding']).toMatch(/gzip/);
  });
});
