/**
 * Fuzzes every operation of the OpenAPI document (read from the running app's /api/docs-json, as the
 * access-control table does) as each kind of caller, with ill-formed Unicode, NUL, huge and deeply
 * nested JSON, wrong content types, malformed paths and forged tokens. Whatever the request, the
 * answer is never a 5xx, and every 4xx is RFC 9457 problem+json. A lone surrogate or a NUL in any
 * string field is a 400 naming that field (INVALID_CHARACTER) whenever the caller gets past the guards.
 *
 * Short by default (under a minute); FUZZ_ROUNDS=n is the long mode: every case as every caller, plus
 * n rounds of seeded random mutations of every body (FUZZ_SEED picks the seed).
 */
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 0);
const LONG = ROUNDS > 0;
const CONCURRENCY = 6;
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  $ref?: string;
  format?: string;
}
interface Operation {
  method: string;
  template: string;
  pathParams: string[];
  queryParams: string[];
  bodySchema?: Schema;
  multipart: boolean;
}

const PERSONAS = ['anonymous', 'enterprise', 'procurer', 'unverified', 'suspended', 'admin'] as const;
type Persona = (typeof PERSONAS)[number];

const LONE = 'a\ud800b';
const LONE_LOW = '\udc00';
const NUL = 'a\u0000b';
const TEXTS = [['lone surrogate', LONE], ['lone low surrogate', LONE_LOW], ['NUL', NUL]] as const;
const HUGE_JSON = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });
const DEEP_JSON = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
const DEEP_OBJECT = `${'{"a":'.repeat(10_000)}"${LONE.replace('\ud800', '\\ud800')}"${'}'.repeat(10_000)}`;

/** Tokens that look like ours but are not: each must be refused (or ignored on public endpoints), never a 500. */
function forgedTokens(valid: string): Record<string, string> {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const [header = '', payload = ''] = valid.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const admin = b64({ ...claims, role: 'PLATFORM_ADMIN', roles: ['PLATFORM_ADMIN'] });
  return {
    garbage: 'not-a-token',
    algNone: `${b64({ alg: 'none', typ: 'JWT' })}.${admin}.`,
    wrongKey: `${header}.${admin}.${createHmac('sha256', 'not-the-secret-not-the-secret-xx').update(`${header}.${admin}`).digest('base64url')}`,
    tamperedClaims: `${header}.${admin}.${valid.split('.')[2]}`,
    expired: `${header}.${b64({ ...claims, exp: 1, iat: 0 })}.${valid.split('.')[2]}`,
    hugeToken: 'x'.repeat(16_000),
    nonAscii: `${header}.${b64({ sub: '用户' })}.sig`,
  };
}

let app: RunningApp;
let api: ApiClient;
let operations: Operation[] = [];
let components: Record<string, Schema> = {};
const tokens = {} as Record<Exclude<Persona, 'anonymous'>, string>;
/** Real ids where a path takes them, so requests reach past "not found" into the handlers. */
const realIds: Record<string, string> = {};

function resolve(schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let i = 0; i < 20 && current.$ref; i++) current = components[current.$ref.split('/').pop()!] ?? {};
  return current;
}

/**
 * A body shaped like the schema with every string replaced by `text` (enums included: the rule runs
 * before the schema), numbers and booleans plausible. Returns the paths of the strings it placed.
 */
function bodyWith(schema: Schema | undefined, text: string, path: string[] = [], placed: string[] = [], depth = 0): unknown {
  const s = resolve(schema);
  if (depth > 8) return text;
  const variant = s.anyOf ?? s.oneOf;
  if (variant?.length) return bodyWith(variant.find((v) => resolve(v).type !== 'null') ?? variant[0], text, path, placed, depth + 1);
  if (s.allOf?.length) {
    const merged: Schema = { type: 'object', properties: Object.assign({}, ...s.allOf.map((p) => resolve(p).properties ?? {})) };
    return bodyWith(merged, text, path, placed, depth + 1);
  }
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'object' || s.properties) {
    const result: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(s.properties ?? {})) result[key] = bodyWith(property, text, [...path, key], placed, depth + 1);
    if (!s.properties || Object.keys(s.properties).length === 0) {
      result.key = text;
      placed.push([...path, 'key'].join('.'));
    }
    return result;
  }
  if (type === 'array') return [bodyWith(s.items, text, [...path, '0'], placed, depth + 1)];
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return true;
  placed.push(path.join('.') || '(body)');
  return text;
}

function pathOf(op: Operation, override?: string): string {
  return op.template.replace(/\{(\w+)\}/g, (_m, name: string) => override ?? encodeURIComponent(realIds[name] ?? randomUUID()));
}

async function send(
  method: string,
  path: string,
  options: { token?: string; body?: string | Uint8Array | FormData; contentType?: string } = {},
): Promise<{ status: number; contentType: string; text: string }> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  if (options.contentType) headers['Content-Type'] = options.contentType;
  const body = method === 'GET' || method === 'HEAD' ? undefined : options.body;
  const response = await fetch(`${app.baseUrl}${path}`, { method, headers, body: body as BodyInit | undefined, redirect: 'manual' });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

interface Finding {
  request: string;
  status: number;
  detail: string;
}

/** Checks one answer: no 5xx; a 4xx is problem+json with a status that matches. */
function judge(findings: Finding[], request: string, answer: { status: number; contentType: string; text: string }): Record<string, unknown> | undefined {
  if (answer.status >= 500) {
    findings.push({ request, status: answer.status, detail: answer.text.slice(0, 300) });
    return undefined;
  }
  if (answer.status < 400) return undefined;
  if (!answer.contentType.startsWith('application/problem+json')) {
    findings.push({ request, status: answer.status, detail: `not problem+json: ${answer.contentType} ${answer.text.slice(0, 200)}` });
    return undefined;
  }
  try {
    const problem = JSON.parse(answer.text) as Record<string, unknown>;
    if (problem.status !== answer.status || typeof problem.title !== 'string' || typeof problem.type !== 'string')
      findings.push({ request, status: answer.status, detail: `problem without status/title/type: ${answer.text.slice(0, 200)}` });
    return problem;
  } catch {
    findings.push({ request, status: answer.status, detail: `unparseable problem: ${answer.text.slice(0, 200)}` });
    return undefined;
  }
}

/** Operations that end every session of the caller go last, so the other cases keep their tokens. */
const endsSessions = (op: Operation) => /\/auth\/logout$|\/me\/password$/.test(op.template);

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { DEMO_DATA: 'on' }));
  api = new ApiClient(app.baseUrl);
  tokens.admin = await api.adminToken();
  const enterprise = await api.registerOrganization('ENTERPRISE', 'fuzz-enterprise');
  const procurer = await api.registerOrganization('PROCURER', 'fuzz-procurer');
  const unverified = await api.registerOrganization('ENTERPRISE', 'fuzz-unverified');
  const suspended = await api.registerOrganization('ENTERPRISE', 'fuzz-suspended');
  for (const org of [enterprise, procurer, suspended]) await api.setOrganizationStatus(tokens.admin, org.organizationId, 'verify');
  await api.setOrganizationStatus(tokens.admin, suspended.organizationId, 'suspend');
  Object.assign(tokens, { enterprise: enterprise.token, procurer: procurer.token, unverified: unverified.token, suspended: suspended.token });
  const demand = await api.call<{ id: string }>('POST', '/api/v1/demands', {
    token: procurer.token,
    body: { title: '模糊测试需求', description: '采购复合材料构件一批，用于模糊测试。', sectors: ['NEW_MATERIALS'], deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
  });
  realIds.orgId = enterprise.organizationId;
  realIds.id = demand.body.id;

  const document = (await (await fetch(`${app.baseUrl}/api/docs-json`)).json()) as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
    components?: { schemas?: Record<string, Schema> };
  };
  components = document.components?.schemas ?? {};
  operations = Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, spec]) => {
      const content = spec.requestBody?.content ?? {};
      return {
        method: method.toUpperCase(),
        template,
        pathParams: (spec.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: (spec.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodySchema: content['application/json']?.schema ?? content['multipart/form-data']?.schema,
        multipart: 'multipart/form-data' in content,
      };
    }),
  );
  operations.sort((a, b) => Number(endsSessions(a)) - Number(endsSessions(b)));
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

/** The operations the outside fuzz run found answering 500 to a lone surrogate, each as a caller who gets past the guards. */
const REPORTED: [string, string, Persona][] = [
  ['POST', '/api/v1/auth/register', 'anonymous'],
  ['PUT', '/api/v1/enterprises/{orgId}/profile', 'enterprise'],
  ['POST', '/api/v1/me/saved-searches', 'enterprise'],
  ['POST', '/api/v1/demands', 'procurer'],
  ['POST', '/api/v1/demands/{id}/clarifications', 'enterprise'],
  ['POST', '/api/v1/clarifications/{id}/answer', 'procurer'],
  ['POST', '/api/v1/demands/{id}/invitations', 'procurer'],
  ['POST', '/api/v1/demands/{id}/cancel', 'procurer'],
  ['POST', '/api/v1/admin/users/{id}/disable', 'admin'],
  ['POST', '/api/v1/admin/organizations/{id}/reject', 'admin'],
  ['POST', '/api/v1/admin/organizations/{id}/suspend', 'admin'],
  ['POST', '/api/v1/admin/organizations/{id}/reinstate', 'admin'],
];

// First, while every persona's session is alive (the fuzz ends by signing out).
describe('the operations of the outside fuzz report', () => {
  for (const [method, template, persona] of REPORTED) {
    it(`${method} ${template} answers 400 naming every lone-surrogate field, in both languages`, async () => {
      const op = operations.find((o) => o.method === method && o.template === template);
      expect(op, `${method} ${template} is documented`).toBeDefined();
      const placed: string[] = [];
      const body = bodyWith(op!.bodySchema, LONE, [], placed);
      expect(placed.length, 'string fields in the documented body').toBeGreaterThan(0);
      const answer = await send(method, pathOf(op!), {
        token: persona === 'anonymous' ? undefined : tokens[persona],
        body: JSON.stringify(body),
        contentType: 'application/json',
      });
      expect(answer.status, answer.text).toBe(400);
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      const errors = (JSON.parse(answer.text) as { errors: { field: string; code: string; message: string; messageZh: string }[] }).errors;
      expect(errors.map((e) => e.field).sort()).toEqual([...placed].sort());
      for (const error of errors) {
        expect(error.code).toBe('INVALID_CHARACTER');
        expect(error.message).toMatch(/surrogate/);
        expect(error.messageZh).toMatch(/代理项/);
      }
    });
  }
});

describe('fuzzing every OpenAPI operation', () => {
  it('reads the operations from /api/docs-json', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it('never answers 5xx, answers every 4xx with problem+json, and names every ill-formed string field', { timeout: 240_000 }, async () => {
    const findings: Finding[] = [];
    const unnamed: string[] = [];
    let requests = 0;
    const started = Date.now();
    const forged = forgedTokens(tokens.enterprise);

    for (const op of operations) {
      const label = `${op.method} ${op.template}`;
      const hasBody = op.method !== 'GET' && op.method !== 'DELETE' && op.method !== 'HEAD';
      const cases: { name: string; token?: string; path?: string; body?: string | FormData; contentType?: string; placed?: string[] }[] = [];

      for (const persona of PERSONAS) {
        const token = persona === 'anonymous' ? undefined : tokens[persona];
        const texts = LONG || persona === 'admin' ? TEXTS : TEXTS.filter(([name]) => name !== 'lone low surrogate');
        for (const [textName, text] of texts) {
          const placed: string[] = [];
          const body = bodyWith(op.bodySchema, text, [], placed);
          // A URL cannot carry a lone surrogate (it is sent as its CESU-8 bytes, which decode to no text); NUL it can.
          const encoded = textName === 'NUL' ? encodeURIComponent(text) : '%ED%A0%80';
          const query = op.queryParams.map((name) => `${encodeURIComponent(name)}=${encoded}`).join('&');
          const path = pathOf(op) + (query ? `?${query}` : '');
          const queryPlaced = textName === 'NUL' ? op.queryParams.map((name) => `query.${name}`) : [];
          if (!hasBody) {
            if (query) cases.push({ name: `${persona}: ${textName} in the query`, token, path, placed: queryPlaced });
            else if (textName === 'NUL') cases.push({ name: `${persona}: plain`, token, path });
          } else if (op.multipart) {
            const form = new FormData();
            for (const [key, value] of Object.entries(body as Record<string, unknown>))
              if (typeof value === 'string') form.append(key, value);
            form.append('file', new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x3c, 0x68])], { type: 'image/png' }), `${text}.png`);
            form.append('attachment', new Blob(['<html>'], { type: 'text/html' }), 'a.html');
            cases.push({ name: `${persona}: ${textName} in multipart fields`, token, path, body: form });
          } else {
            // Only a documented body reaches a schema; a bare string where none is taken is malformed JSON (also a 400).
            const bodyPlaced = op.bodySchema ? placed : [];
            cases.push({ name: `${persona}: ${textName} in the body`, token, path, body: JSON.stringify(body), contentType: 'application/json', placed: [...bodyPlaced, ...(query ? queryPlaced : [])] });
          }
        }
        if (hasBody && (persona === 'anonymous' || persona === 'admin')) {
          cases.push(
            { name: `${persona}: huge JSON`, token, path: pathOf(op), body: HUGE_JSON, contentType: 'application/json' },
            { name: `${persona}: deeply nested JSON`, token, path: pathOf(op), body: DEEP_JSON, contentType: 'application/json' },
            { name: `${persona}: deeply nested object`, token, path: pathOf(op), body: DEEP_OBJECT, contentType: 'application/json' },
          );
        }
        // Body parsing runs before any guard: the kind of caller matters little, so fewer of them in the short run.
        const broad = LONG || persona === 'anonymous' || persona === 'enterprise' || persona === 'admin';
        if (hasBody && broad) {
          cases.push(
            { name: `${persona}: malformed JSON`, token, path: pathOf(op), body: '{"title": "a', contentType: 'application/json' },
            { name: `${persona}: JSON as text/plain`, token, path: pathOf(op), body: JSON.stringify(bodyWith(op.bodySchema, '测试')), contentType: 'text/plain' },
            { name: `${persona}: XML`, token, path: pathOf(op), body: '<?xml version="1.0"?><a>1</a>', contentType: 'application/xml' },
            { name: `${persona}: broken multipart`, token, path: pathOf(op), body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\u0089PNG', contentType: 'multipart/form-data; boundary=x' },
            { name: `${persona}: a JSON string body`, token, path: pathOf(op), body: JSON.stringify(LONE), contentType: 'application/json' },
          );
        }
        if (op.pathParams.length > 0 && broad) {
          for (const segment of ['%00', '%ED%A0%80', '%E0%A4%A', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(2000)])
            cases.push({ name: `${persona}: path parameter ${segment.slice(0, 20)}`, token, path: pathOf(op, segment) });
        }
      }
      for (const [name, token] of Object.entries(forged)) cases.push({ name: `forged token (${name})`, token, path: pathOf(op), body: hasBody ? '{}' : undefined, contentType: hasBody ? 'application/json' : undefined });

      for (let round = 0; round < ROUNDS; round++) {
        const random = mulberry32(SEED + round * 7919 + label.length);
        const body = mutate(bodyWith(op.bodySchema, '测试'), random);
        if (hasBody) cases.push({ name: `round ${round}: random mutation`, token: tokens[PERSONAS[1 + Math.floor(random() * 5)] as Exclude<Persona, 'anonymous'>], path: pathOf(op), body: JSON.stringify(body), contentType: 'application/json' });
      }

      // A few requests in flight at a time: the app serves them concurrently, as it would real clients.
      for (let i = 0; i < cases.length; i += CONCURRENCY) {
        await Promise.all(
          cases.slice(i, i + CONCURRENCY).map(async (c) => {
            const request = `${label} — ${c.name}`;
            const answer = await send(op.method, c.path ?? pathOf(op), { token: c.token, body: c.body, contentType: c.contentType });
            requests++;
            const problem = judge(findings, request, answer);
            // Past the guards, a lone surrogate or NUL in a string field is a 400 naming it.
            if (problem && answer.status === 400 && c.placed?.length) {
              const fields = ((problem.errors ?? []) as { field: string; code: string }[]).filter((f) => f.code === 'INVALID_CHARACTER');
              if (fields.length === 0) unnamed.push(`${request}: ${answer.text.slice(0, 200)}`);
            }
          }),
        );
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.info(`fuzz: ${requests} requests over ${operations.length} operations in ${seconds.toFixed(1)} s`);
    expect(findings, JSON.stringify(findings.slice(0, 20), null, 2)).toEqual([]);
    expect(unnamed.slice(0, 20)).toEqual([]);
  });
});

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY: unknown[] = [LONE, NUL, '\udfff\ud800', '', ' ', '😀'.slice(0, 1), 'x'.repeat(100_000), -1, 1e308, -0, 2 ** 53 + 1, true, null, [], {}, [[[[[]]]]], { __proto__: { admin: true } }, '<script>', "'; DROP TABLE users; --", '../../etc/passwd', '0000-00-00', '9999-99-99', '\u202e', '\ufeff'];

/** Replaces a few values of the body with nasty ones, and sometimes adds an unknown key. */
function mutate(value: unknown, random: () => number, depth = 0): unknown {
  const pick = () => NASTY[Math.floor(random() * NASTY.length)];
  if (Array.isArray(value)) return random() < 0.2 ? pick() : value.map((item) => mutate(item, random, depth + 1));
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (random() > 0.1) result[key] = mutate(item, random, depth + 1);
    if (random() < 0.2) result[random() < 0.5 ? 'unexpected' : 'k\ud800'] = pick();
    return result;
  }
  return random() < 0.3 ? pick() : value;
}
