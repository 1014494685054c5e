import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HealthReportSchema, ProblemDetailsSchema } from '@mcf/contracts';
import { appEnvironment, REPO_ROOT, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
let app: RunningApp;

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { HEARTBEAT_INTERVAL_MS: '1000' }));
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

describe('health', () => {
  it('reports database, redis and meilisearch up', async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    const report = HealthReportSchema.parse(await response.json());
    expect(report.status).toBe('ok');
    expect(report.details.database?.status).toBe('up');
    expect(report.details.redis?.status).toBe('up');
    expect(report.details.meilisearch?.status).toBe('up');
  });
});

describe('errors are RFC 9457 problem+json', () => {
  it('names the offending field of a bad value, in Chinese by default', async () => {
    const response = await fetch(`${app.baseUrl}/api/v1/reference/credit-codes/91110000802100433A`);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = ProblemDetailsSchema.parse(await response.json());
    expect(problem).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', title: '请求内容不合法', type: '/api/problems/validation-failed' });
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'creditCode', code: 'CHECK_CHARACTER_MISMATCH' })]);
    expect(problem.errors?.[0]?.messageZh).toMatch(/统一社会信用代码/);
    expect(problem.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('answers in English when the caller asks for it', async () => {
    const response = await fetch(`${app.baseUrl}/api/v1/reference/credit-codes/123`, { headers: { 'Accept-Language': 'en-GB,en;q=0.8' } });
    const problem = ProblemDetailsSchema.parse(await response.json());
    expect(problem.title).toBe('The request is not valid');
    expect(problem.errors?.[0]).toMatchObject({ field: 'creditCode', code: 'WRONG_LENGTH' });
    expect(problem.errors?.[0]?.message).toMatch(/18 characters/);
  });

  it('turns an unknown API route into a 404 problem, not the web app', async () => {
    const response = await fetch(`${app.baseUrl}/api/v1/no-such-thing`, { headers: { Accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await response.json()).code).toBe('NOT_FOUND');
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await fetch(`${app.baseUrl}/api/v1/reference/sectors`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"broken": ',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe('MALFORMED_JSON');
  });
});

describe('valid requests', () => {
  it('decodes a valid credit code', async () => {
    const response = await fetch(`${app.baseUrl}/api/v1/reference/credit-codes/91110000802100433b`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ valid: true, code: '91110000802100433B', regionCode: '110000' });
  });

  it('serves the sector codes of domain.md', async () => {
    const body = (await (await fetch(`${app.baseUrl}/api/v1/reference/sectors`)).json()) as { items: { code: string; nameZh: string }[] };
    expect(body.items.map((s) => s.code)).toContain('LOGISTICS');
    expect(body.items.find((s) => s.code === 'NEW_MATERIALS')?.nameZh).toBe('新材料');
  });
});

describe('request ids', () => {
  it('keeps a sane X-Request-Id from the caller and makes one otherwise', async () => {
    const given = await fetch(`${app.baseUrl}/api/v1/system/info`, { headers: { 'X-Request-Id': 'lb-request-12345678' } });
    expect(given.headers.get('x-request-id')).toBe('lb-request-12345678');
    const made = await fetch(`${app.baseUrl}/api/v1/system/info`, { headers: { 'X-Request-Id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('OpenAPI', () => {
  it('describes every endpoint, with the problem+json answers', async () => {
    const document = (await (await fetch(`${app.baseUrl}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, { summary?: string; responses: Record<string, unknown> }>>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/v1/system/info', '/api/v1/reference/sectors', '/api/v1/reference/credit-codes/{code}']),
    );
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.summary, `${method.toUpperCase()} ${path} has a summary`).toBeTruthy();
      }
    }
    expect(document.paths['/api/v1/reference/credit-codes/{code}']?.get?.responses).toHaveProperty('422');
    const ui = await fetch(`${app.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });
});

describe('metrics and queues', () => {
  it('exports the HTTP latency histogram, queue depths and a worker heartbeat that went through BullMQ', async () => {
    await fetch(`${app.baseUrl}/api/v1/system/info`);
    let text = '';
    for (let i = 0; i < 50; i++) {
      text = await (await fetch(`${app.baseUrl}/metrics`)).text();
      if (/^worker_last_heartbeat_timestamp_seconds [1-9]/m.test(text)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(text).toMatch(/http_request_duration_seconds_bucket\{.*route="\/api\/v1\/system\/info".*\}/);
    expect(text).toMatch(/queue_jobs\{queue="maintenance",state="waiting"\} \d+/);
    expect(text).toMatch(/^worker_last_heartbeat_timestamp_seconds [1-9]/m);
    expect(text).toMatch(/queue_jobs_processed_total\{queue="maintenance",job="worker-heartbeat",outcome="completed"\} [1-9]/);
  });
});

describe('migrations', () => {
  it('were applied at start and leave nothing for TypeORM to generate (entities and migrations agree)', () => {
    const cli = fileURLToPath(new URL('cli.js', import.meta.resolve('typeorm')));
    const result = spawnSync(
      process.execPath,
      [cli, 'migration:generate', '/tmp/unused/Check', '--check', '-d', 'apps/api/dist/cli/data-source.js'],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', DATABASE_URL: services.databaseUrl }, encoding: 'utf8' },
    );
    expect(result.stdout + result.stderr).toContain('No changes in database schema were found');
    expect(result.status).toBe(0);
  });
});
