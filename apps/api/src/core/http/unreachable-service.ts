/**
 * Tells a failure to reach PostgreSQL or Redis (stopped, restarting, refusing connections) from a
 * defect, so that the request is answered with a 503 problem the client may retry, not a 500.
 */
export type UnreachableService = 'database' | 'redis';

/** SQLSTATEs that say the server, not the statement, is the problem. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: the server is being stopped
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
]);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTCONN', 'ECONNABORTED']);

/** node-postgres's own messages when the connection goes away or none can be had. */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /is not queryable/,
  /^Client was closed and is not queryable/,
  /^Cannot use a pool after calling end/,
];

/** ioredis's messages while Redis is away (commands failed after their retries, or the link is down). */
const REDIS_MESSAGES = [/^Reached the max retries per request limit/, /^Connection is closed/, /^Stream isn't writeable/];

function causes(error: unknown): unknown[] {
  const found: unknown[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    found.push(current);
    const next = current as { driverError?: unknown; cause?: unknown; errors?: unknown };
    // AggregateError (several addresses refused) carries its parts in `errors`.
    if (Array.isArray(next.errors)) found.push(...(next.errors as unknown[]));
    current = next.driverError ?? next.cause;
  }
  return found;
}

export function unreachableServiceOf(error: unknown): UnreachableService | null {
  for (const candidate of causes(error)) {
    if (!(candidate instanceof Error) && (typeof candidate !== 'object' || candidate === null)) continue;
    const { name, message, code, severity } = candidate as { name?: unknown; message?: unknown; code?: unknown; severity?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (name === 'MaxRetriesPerRequestError' || REDIS_MESSAGES.some((re) => re.test(text))) return 'redis';
    // TypeORM releases a transaction's query runner when its connection breaks (PostgreSQL stopped
    // mid-transaction); the transaction's next statement, or its COMMIT, then fails with this.
    if (name === 'QueryRunnerAlreadyReleasedError') return 'database';
    if (typeof code === 'string') {
      // A PostgreSQL error (it has a severity) of class 08 (connection exception) or a shutdown.
      if (severity !== undefined && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code))) return 'database';
      if (NETWORK_CODES.has(code)) return /redis/i.test(text) ? 'redis' : 'database';
    }
    if (PG_CONNECTION_MESSAGES.some((re) => re.test(text))) return 'database';
  }
  return null;
}
