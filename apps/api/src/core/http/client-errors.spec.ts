import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientErrorsAsProblems } from './client-errors.js';

let server: Server;
let port: number;

/** Sends raw bytes and reads until the server closes the connection. */
function exchange(raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
    socket.write(raw);
  });
}

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, problem: JSON.parse(body) as Record<string, unknown> };
}

beforeAll(async () => {
  server = createServer((_request, response) => response.end('ok'));
  answerClientErrorsAsProblems(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('requests the HTTP parser refuses', () => {
  it('answers a 20 kB query string with a 431 problem, in Chinese by default', async () => {
    const { status, headers, problem } = parse(await exchange(`GET /api/v1/search?q=${'y'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`));
    expect(status).toBe(431);
    expect(headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(headers.connection).toBe('close');
    expect(problem).toMatchObject({ status: 431, code: 'REQUEST_HEADERS_TOO_LARGE', type: '/api/problems/request-headers-too-large', title: '请求头或查询参数过长' });
    expect(problem.detail).toMatch(/at most \d+ bytes/);
  });

  it('answers in English when the refused bytes ask for it', async () => {
    const { status, problem } = parse(await exchange(`GET / HTTP/1.1\r\nAccept-Language: en\r\nX-Big: ${'z'.repeat(20_000)}\r\n\r\n`));
    expect(status).toBe(431);
    expect(problem.title).toBe('Request headers or query string too large');
  });

  it('answers a malformed request line with a 400 problem', async () => {
    const { status, problem } = parse(await exchange('GET /\u0000 HTTP/1.1\r\n\r\n'));
    expect(status).toBe(400);
    expect(problem).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('still serves ordinary requests', async () => {
    expect(await exchange('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1.1 200[\s\S]*ok$/);
  });
});
