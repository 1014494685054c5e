import { maxHeaderSize, type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@mcf/contracts';
import { prefersChinese, problemTypeFor, STATUS_TITLES } from './problem-details.filter.js';

/** What Node's HTTP parser refuses before Express runs, by the error code it gives. */
function statusOf(code: string | undefined): number {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return 431;
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return 413;
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 408;
    default:
      return 400;
  }
}

/** The caller's Accept-Language, when the bytes the parser gave up on still show it. */
function acceptLanguageIn(raw: Buffer | undefined): string | undefined {
  if (!raw) return undefined;
  return /\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(raw.subarray(0, 64 * 1024).toString('latin1'))?.[1];
}

/** The whole HTTP/1.1 answer to a request the parser refused, as RFC 9457 problem+json. */
export function clientErrorResponse(error: { code?: string; rawPacket?: Buffer }, maxHeaderSize: number): string {
  const status = statusOf(error.code);
  const known = STATUS_TITLES[status] ?? STATUS_TITLES[400]!;
  const chinese = prefersChinese(acceptLanguageIn(error.rawPacket));
  const problem: ProblemDetails = {
    type: problemTypeFor(known.code),
    title: chinese ? known.zh : known.en,
    status,
    code: known.code,
    ...(status === 431
      ? { detail: `The request line (with its query string) and headers may hold at most ${maxHeaderSize} bytes together.` }
      : {}),
  };
  const body = Buffer.from(JSON.stringify(problem));
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
    `Content-Length: ${body.length}`,
    'Content-Language: ' + (chinese ? 'zh-CN' : 'en'),
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body.toString(),
  ].join('\r\n');
}

/**
 * Requests Node's HTTP parser refuses (a request line and headers over `maxHeaderSize`, e.g. a 20 kB
 * query string; a malformed request line; a header timeout) never reach Express, so the problem filter
 * never sees them: Node would answer a bare `431` or `400` with no body. These get the same problem+json
 * as every other refusal. As Node does, nothing is written when the connection is gone or a response
 * on it has already begun (that would corrupt what the client is reading).
 */
export function answerClientErrorsAsProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    // Closed once the answer is flushed, whatever the client goes on sending.
    socket.end(clientErrorResponse(error, maxHeaderSize), () => socket.destroy());
  });
}
