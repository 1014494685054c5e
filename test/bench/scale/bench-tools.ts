/**
 * What the scale benchmarks share: command-line options, percentiles, the app's reindex command, and a
 * plain keep-alive HTTP client (no response compression asked for) so that the API and the engine are
 * timed the same way.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { REPO_ROOT } from '../../support/app-process.js';

export function optionReader(argv: string[]) {
  const value = (name: string): string | undefined => {
    const at = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (at < 0) return undefined;
    const arg = argv[at]!;
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
  };
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name) ?? process.env[`BENCH_${name.toUpperCase()}`];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number between ${min} and ${max} (got "${raw}")`);
    return n;
  };
  return { value, whole, flag: (name: string) => argv.includes(`--${name}`) };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export const round = (n: number, digits = 3) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);

/** Runs the app's reindex command (the README's), passing each output line (progress bars included) on. */
export function runReindex(env: Record<string, string>, onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'reindex', '-w', '@mcf/api', '--', 'all'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // eslint-disable-next-line no-control-regex
      for (const line of chunk.toString().replace(/\u001b\[[0-9;]*m/g, '').split(/[\r\n]+/)) if (line.trim()) onLine(line.trim());
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`reindex exited with ${code}:\n${output.slice(-2000)}`))));
  });
}

export interface PlainResponse {
  status: number;
  body: string;
}

/** One keep-alive agent per target, with room for the highest concurrency measured. */
export class PlainHttp {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  constructor(private readonly baseUrl: string) {}

  request(method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body?: unknown): Promise<PlainResponse> {
    const url = new URL(path, this.baseUrl);
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = http.request(
        url,
        {
          method,
          agent: this.agent,
          headers: { Accept: 'application/json', ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': String(payload.length) } : {}), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close() {
    this.agent.destroy();
  }
}

/** Times `total` calls of `call` with `concurrency` in flight; a call that is not 200 fails the run. */
export async function timeCalls(total: number, concurrency: number, call: (i: number) => Promise<PlainResponse>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const started = performance.now();
        const response = await call(i);
        const elapsed = performance.now() - started;
        if (response.status !== 200) throw new Error(`call ${i}: ${response.status} ${response.body.slice(0, 300)}`);
        times.push(elapsed);
      }
    }),
  );
  return times;
}

export function latency(values: number[]) {
  return { n: values.length, p50: round(percentile(values, 50), 1), p95: round(percentile(values, 95), 1), max: round(Math.max(...values), 1) };
}
