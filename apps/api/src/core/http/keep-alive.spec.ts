import { Agent, createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionDrain, KEEP_ALIVE_TIMEOUT_MS } from './keep-alive.js';

let server: Server | undefined;
let agent: Agent | undefined;

afterEach(() => {
  agent?.destroy();
  server?.closeAllConnections();
  server?.close();
});

/** A server answering "ok" through the drain's middleware, listening on a free port. */
async function serve(answerAfterMs = 0): Promise<{ drain: ConnectionDrain; url: string }> {
  const created = createServer((request, response) =>
    drain.middleware(request as Request, response as unknown as Response, (() => {
      setTimeout(() => response.end('ok'), answerAfterMs);
    }) as NextFunction),
  );
  const drain = new ConnectionDrain(created);
  server = created;
  await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve));
  return { drain, url: `http://127.0.0.1:${(created.address() as AddressInfo).port}/` };
}

function request(url: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response));
    }).on('error', reject);
  });
}

describe('ConnectionDrain', () => {
  it('keeps idle connections longer than a proxy in front (60 s), and headers allowed longer still', async () => {
    await serve();
    expect(server!.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    expect(server!.headersTimeout).toBeGreaterThan(server!.keepAliveTimeout);
  });

  it('answers kept-alive until draining, then with Connection: close', async () => {
    const { drain, url } = await serve(50);
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await request(url)).headers.connection).toBe('keep-alive');
    // A request being answered when draining starts (its connection busy, so not closed as idle).
    const arriving = request(url);
    await new Promise((resolve) => setTimeout(resolve, 20));
    drain.start(60_000);
    expect((await arriving).headers.connection).toBe('close');
  });

  it('lets the server close at once although a client holds a kept-alive connection', async () => {
    const { drain, url } = await serve();
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    await request(url);
    const closed = new Promise<number>((resolve) => {
      const started = Date.now();
      server!.close(() => resolve(Date.now() - started));
    });
    drain.start(60_000);
    expect(await closed).toBeLessThan(1_000);
  });

  it('closes a connection still busy when the grace period ends', async () => {
    const hanging = createServer(() => undefined);
    const drain = new ConnectionDrain(hanging);
    server = hanging;
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const failed = new Promise<string>((resolve) => {
      get(`http://127.0.0.1:${(hanging.address() as AddressInfo).port}/`, () => resolve('answered')).on('error', (error) =>
        resolve((error as NodeJS.ErrnoException).code ?? error.message),
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = new Promise<void>((resolve) => hanging.close(() => resolve()));
    drain.start(200);
    await closed;
    expect(await failed).toBe('ECONNRESET');
  });
});
