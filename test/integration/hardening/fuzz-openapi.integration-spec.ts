/**
 * The fuzz run of issue 13: every operation of the OpenAPI document the app serves, with bodies,
 * queries and paths generated from its schemas (valid ones, boundaries, one broken rule at a time,
 * wrong types, huge and deep JSON, odd Unicode, NUL, lone surrogates, path traversal), as each kind
 * of caller, at least FUZZ_REQUESTS (default 20,000) requests, FUZZ_CONCURRENCY (default 16) in flight.
 *
 * Whatever the request: no 5xx, no hang (FUZZ_TIMEOUT_MS per request), every 4xx is RFC 9457
 * problem+json whose `status` is the HTTP status; and a request the app refuses writes nothing: the
 * refusals of each operation run in their own batch between two counts of every table's rows (a batch
 * whose counts moved is sent again once the app is quiet, as a late job of an earlier request moves them
 * too, and counts only if it writes again).
 *
 * Part of every integration run (FUZZ_OPENAPI=0 leaves it out): 21,598 requests in 181 s after a 45 s
 * start on this 2-core machine while it was shared (load average 15), app CPU 63 s.
 *
 * The app runs on a database of its own (not the run's shared one): the fuzz edits, cancels, suspends
 * and disables whatever it finds, which no later spec should inherit. FUZZ_SEED picks the seed.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { dropDatabase, ensureDatabase, withDatabase } from '@mcf/embedded-services';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode, SAMPLE_PDF, uniqueEmail } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import {
  bodyVariants,
  type BodyVariant,
  type Hints,
  mulberry32,
  mutate,
  PATH_SEGMENTS,
  pick,
  type Random,
  resolveSchema,
  type Schema,
  validValue,
  type Validity,
  type Variant,
  variantsOf,
} from '../../support/fuzz-inputs.js';
import { removeQueueKeys } from '../../support/test-services.js';

const services = inject('services');
const TARGET = Number(process.env.FUZZ_REQUESTS ?? 20_000);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 16);
const TIMEOUT_MS = Number(process.env.FUZZ_TIMEOUT_MS ?? 15_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const VERBOSE = process.env.FUZZ_VERBOSE === '1';
const progress = (message: string) => VERBOSE && console.info(`fuzz +${(performance.now() / 1000).toFixed(1)} s: ${message}`);

const PERSONAS = ['anonymous', 'enterprise', 'member', 'procurer', 'unverified', 'suspended', 'admin'] as const;
type Persona = (typeof PERSONAS)[number];

interface Parameter {
  name: string;
  schema: Schema;
}
interface Operation {
  method: string;
  template: string;
  label: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  jsonBody?: Schema;
  multipartBody?: Schema;
}

interface Request {
  op: Operation;
  persona: Persona;
  label: string;
  validity: Validity;
  path: string;
  token?: string;
  /** Built when sent, so the large bodies exist only while in flight. */
  body?: () => string | FormData | Uint8Array;
  contentType?: string;
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
  ms: number;
  hung: boolean;
}

interface Finding {
  request: string;
  status: number | 'hang';
  detail: string;
}

let app: RunningApp;
let api: ApiClient;
let database: { name: string; url: string };
let queuePrefix: string;
let operations: Operation[] = [];
const tokens = {} as Record<Exclude<Persona, 'anonymous'>, string>;
/** Organisations and users of the personas: administrators' cases leave them alone, so the personas live on. */
const protectedIds = new Set<string>();
/** Ids seen in the app's answers, by the kind of thing they name ('demands', 'organizations', …). */
const pool = new Map<string, Set<string>>();
let personaOrg: Record<'enterprise' | 'procurer', string>;

// ---------------------------------------------------------------------------------------------------
// Reading the document

function readOperations(document: {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema?: Schema }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
}): Operation[] {
  return Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, spec]) => {
      const content = spec.requestBody?.content ?? {};
      const params = (where: string) => (spec.parameters ?? []).filter((p) => p.in === where).map((p) => ({ name: p.name, schema: p.schema ?? { type: 'string' } }));
      return {
        method: method.toUpperCase(),
        template,
        label: `${method.toUpperCase()} ${template}`,
        pathParams: params('path'),
        queryParams: params('query'),
        jsonBody: content['application/json']?.schema,
        multipartBody: content['multipart/form-data']?.schema,
      };
    }),
  );
}

/** What a path parameter names: the static segment before it ('enterprises/{orgId}' names organisations). */
function kindOf(template: string, param: string): string {
  const segments = template.split('/');
  const at = segments.findIndex((s) => s.includes(`{${param}}`));
  const before = segments.slice(0, at).reverse().find((s) => !s.includes('{')) ?? '';
  return ALIASES[before] ?? before;
}
const ALIASES: Record<string, string> = { enterprises: 'organizations', members: 'users', statistics: 'datasets' };

function remember(kind: string, id: unknown): void {
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) return;
  const k = ALIASES[kind] ?? kind;
  if (!pool.has(k)) pool.set(k, new Set());
  pool.get(k)!.add(id);
}

/** Collects ids from an answer: `id` of objects in an array named after their kind, and every `<kind>Id`. */
function harvest(value: unknown, kind: string, depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) harvest(item, kind, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if ('id' in record) remember(kind, record.id);
  for (const [key, item] of Object.entries(record)) {
    if (/^[a-z]+Id$/.test(key)) remember(`${key.slice(0, -2)}s`, item);
    if (key === 'organization' || key === 'user' || key === 'demand' || key === 'thread') harvest(item, `${key}s`, depth + 1);
    else if (Array.isArray(item)) harvest(item, key === 'items' || key === 'results' ? kind : key, depth + 1);
    else if (item && typeof item === 'object') harvest(item, kind, depth + 1);
  }
}

// ---------------------------------------------------------------------------------------------------
// Building requests

const isAdminRoute = (op: Operation) => op.template.startsWith('/api/v1/admin/');
/** Operations that end every session of the caller go last, so the other requests keep their tokens. */
const endsSessions = (op: Operation) => /\/auth\/logout$|\/me\/password$/.test(op.template);
const hasBody = (op: Operation) => !['GET', 'HEAD', 'DELETE'].includes(op.method);

/** A real id for a path parameter where one is known (never a persona's own for an administrator). */
function realValue(op: Operation, param: Parameter, persona: Persona, random: Random): string {
  const s = resolveSchema(param.schema);
  if (s.enum?.length) return String(pick(random, s.enum));
  if (param.name === 'code') return random() < 0.5 ? newCreditCode() : pick(random, [...(pool.get('creditCodes') ?? [newCreditCode()])]);
  if (param.name === 'queue') return pick(random, ['matching', 'search-indexing', 'notifications', 'imports', 'alerts', 'maintenance']);
  let candidates = [...(pool.get(kindOf(op.template, param.name)) ?? [])];
  if (persona === 'admin' && isAdminRoute(op)) candidates = candidates.filter((id) => !protectedIds.has(id));
  else if (param.name === 'orgId' && persona in personaOrg && random() < 0.7) return personaOrg[persona as keyof typeof personaOrg];
  return candidates.length && random() < 0.85 ? pick(random, candidates) : randomUUID();
}

function pathWith(op: Operation, persona: Persona, random: Random, override?: { name: string; segment: string }): string {
  return op.template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (override?.name === name) return override.segment.replaceAll('%RANDOM_UUID%', randomUUID());
    return encodeURIComponent(realValue(op, op.pathParams.find((p) => p.name === name) ?? { name, schema: {} }, persona, random));
  });
}

/** Query strings: NUL and lone surrogates as bytes, objects in bracket notation, arrays as repeated names. */
function encodeQueryValue(name: string, value: unknown): string {
  const encode = (text: string) => text.replace(/[\ud800-\udfff]/g, '\uFFFD').split('\uFFFD').map(encodeURIComponent).join('%ED%A0%80');
  if (value === null || value === undefined) return `${encodeURIComponent(name)}=`;
  if (Array.isArray(value)) return value.slice(0, 200).map((v) => encodeQueryValue(name, v)).join('&') || `${encodeURIComponent(name)}[]=`;
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${encodeURIComponent(name)}[${encode(k)}]=${encode(String(v))}`).join('&');
  return `${encodeURIComponent(name)}=${encode(String(value))}`;
}

/** Which broken values a query string can carry: everything in a query is text, so type confusion is odd, not invalid. */
const QUERY_INVALID = /^(NUL|lone surrogate|lone low surrogate|maxLength \+ 1|minLength - 1|not in the enum|enum in lower case|string for number|fraction for integer|minimum - 1|maximum \+ 1|maxItems \+ 1|almost a uuid|impossible date|item: not in the enum|item: NUL|item: lone surrogate)$/;

function validQuery(op: Operation, random: Random): string[] {
  return op.queryParams.filter(() => random() < 0.5).map((p) => encodeQueryValue(p.name, validValue(p.schema, p.name, hints)));
}

const hints: Hints = {
  stringFor(name, schema) {
    if (schema.format === 'uuid' || /Id$/.test(name)) {
      const kind = name === 'id' ? undefined : `${name.replace(/Id$/, '')}s`;
      const candidates = [...(kind ? (pool.get(ALIASES[kind] ?? kind) ?? []) : [])];
      return candidates.length ? candidates[Math.floor(Math.random() * candidates.length)] : schema.format === 'uuid' ? randomUUID() : undefined;
    }
    if (name === 'creditCode') return newCreditCode();
    if (name === 'region' || name === 'regionCode') return '421202';
    return undefined;
  },
};

function multipartOf(schema: Schema, fields: Record<string, unknown>, file: { content: Uint8Array; name: string; type: string } | null): () => FormData {
  const fileFields = Object.entries(resolveSchema(schema).properties ?? {}).filter(([, p]) => p.format === 'binary').map(([k]) => k);
  return () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) {
      if (fileFields.includes(key) || value === undefined) continue;
      if (Array.isArray(value)) for (const v of value.slice(0, 50)) form.append(key, typeof v === 'string' ? v : JSON.stringify(v));
      else form.append(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    if (file) for (const key of fileFields) form.append(key, new Blob([file.content as Uint8Array<ArrayBuffer>], { type: file.type }), file.name);
    return form;
  };
}

const HUGE_JSON = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });
const DEEP_ARRAY = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
const DEEP_OBJECT = `${'{"a":'.repeat(10_000)}"\\ud800"${'}'.repeat(10_000)}`;
const PNG_THEN_HTML = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e]);

/** Requests that break the body before any schema sees it, or the query string's own shape. */
function rawAttacks(op: Operation, path: string): { label: string; body?: () => string | Uint8Array; contentType?: string; path?: string }[] {
  const query: { label: string; path: string }[] = [
    { label: 'query: 1,000 parameters', path: `${path}?${Array.from({ length: 1000 }, (_, i) => `p${i}=${i}`).join('&')}` },
    { label: 'query: deep brackets', path: `${path}?${op.queryParams[0]?.name ?? 'a'}${'[a]'.repeat(40)}=1` },
    { label: 'query: __proto__', path: `${path}?__proto__[isAdmin]=true&constructor[prototype][x]=1` },
    { label: 'query: 12 kB value', path: `${path}?${op.queryParams[0]?.name ?? 'q'}=${'y'.repeat(12_000)}` },
  ];
  if (!hasBody(op)) return query;
  return [
    ...query.slice(0, 2),
    { label: 'huge JSON', body: () => HUGE_JSON, contentType: 'application/json' },
    { label: 'deeply nested array', body: () => DEEP_ARRAY, contentType: 'application/json' },
    { label: 'deeply nested object', body: () => DEEP_OBJECT, contentType: 'application/json' },
    { label: 'malformed JSON', body: () => '{"title": "a', contentType: 'application/json' },
    { label: 'JSON null', body: () => 'null', contentType: 'application/json' },
    { label: 'JSON array', body: () => '[1,2,3]', contentType: 'application/json' },
    { label: 'JSON string', body: () => '"a\\u0000b"', contentType: 'application/json' },
    { label: 'duplicate keys', body: () => '{"a":1,"a":{"b":2},"__proto__":{"x":1}}', contentType: 'application/json' },
    { label: 'JSON with a BOM', body: () => '\ufeff{}', contentType: 'application/json' },
    { label: 'JSON in UTF-16', body: () => Buffer.from('{"a":"测试"}', 'utf16le'), contentType: 'application/json; charset=utf-16' },
    { label: 'unknown charset', body: () => '{}', contentType: 'application/json; charset=klingon' },
    { label: 'text/plain', body: () => JSON.stringify(validValue(op.jsonBody ?? op.multipartBody, '', hints) ?? {}), contentType: 'text/plain' },
    { label: 'XML', body: () => '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>', contentType: 'application/xml' },
    { label: 'nested form-urlencoded', body: () => `a${'[b]'.repeat(40)}=1&__proto__[x]=1`, contentType: 'application/x-www-form-urlencoded' },
    { label: 'broken multipart', body: () => '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\u0089PNG', contentType: 'multipart/form-data; boundary=x' },
    { label: 'multipart without boundary', body: () => 'abc', contentType: 'multipart/form-data' },
    { label: 'gzip claimed, not gzip', body: () => '{}', contentType: 'application/json' },
  ];
}

function forgedTokens(valid: string): [string, string][] {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const [header = '', payload = '', signature = ''] = valid.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const elevated = b64({ ...claims, platformRole: 'PLATFORM_ADMIN', role: 'PLATFORM_ADMIN' });
  return [
    ['garbage token', 'not-a-token'],
    ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${elevated}.`],
    ['tampered claims', `${header}.${elevated}.${signature}`],
    ['expired', `${header}.${b64({ ...claims, exp: 1, iat: 0 })}.${signature}`],
    ['sub of another shape', `${header}.${b64({ ...claims, sub: { $ne: null } })}.${signature}`],
    ['15 kB token', 'x'.repeat(15_000)],
  ];
}

/**
 * The variants of a schema are the same for every persona: built once per operation and field (they
 * hold 2,000-item arrays and 20 kB strings), which keeps generating the run's requests cheap.
 */
const bodyCache = new Map<Operation, BodyVariant[]>();
function bodiesOf(op: Operation): BodyVariant[] {
  let bodies = bodyCache.get(op);
  if (!bodies) {
    bodies = op.jsonBody ? bodyVariants(op.jsonBody, hints) : hasBody(op) && !op.multipartBody ? [{ label: 'no body', body: undefined, validity: 'valid' }] : [];
    bodyCache.set(op, bodies);
  }
  return bodies;
}
const variantCache = new Map<Schema, Map<string, Variant[]>>();
function variantsFor(schema: Schema, name: string): Variant[] {
  const byName = variantCache.get(schema) ?? new Map<string, Variant[]>();
  variantCache.set(schema, byName);
  let variants = byName.get(name);
  if (!variants) byName.set(name, (variants = variantsOf(schema, name, hints)));
  return variants;
}

/**
 * Every request for one operation: refusals (phase 1, checked to write nothing) and the rest
 * (phase 2). A persona stopped by the guards gets the requests that reach the guards.
 */
function requestsFor(op: Operation, persona: Persona, deep: boolean, random: Random): Request[] {
  const token = persona === 'anonymous' ? undefined : tokens[persona];
  const out: Request[] = [];
  const json = (value: unknown) => () => JSON.stringify(value);
  const add = (label: string, validity: Validity, path: string, body?: () => string | FormData | Uint8Array, contentType?: string) =>
    out.push({ op, persona, label, validity, path, token, body, contentType });
  const withQuery = (path: string, parts: string[]) => (parts.length ? `${path}?${parts.join('&')}` : path);

  const bodies = bodiesOf(op);
  const sendJson = (b: BodyVariant) => (b.body === undefined ? {} : { body: json(b.body), contentType: 'application/json' });

  if (deep) {
    // Valid requests on real ids, then one broken or odd part at a time.
    for (let i = 0; i < 3; i++) {
      const b = bodies[0];
      const path = withQuery(pathWith(op, persona, random), validQuery(op, random));
      if (op.multipartBody && !op.jsonBody) add('valid multipart', 'valid', path, multipartOf(op.multipartBody, validValue(op.multipartBody, '', hints) as Record<string, unknown>, { content: SAMPLE_PDF, name: '证书.pdf', type: 'application/pdf' }), undefined);
      else add(b?.label ?? 'valid', 'valid', path, b && sendJson(b).body, b && sendJson(b).contentType);
    }
    for (const b of bodies.slice(1)) {
      const { body, contentType } = sendJson(b);
      add(b.label, b.validity, pathWith(op, persona, random), body, contentType);
    }
    if (op.multipartBody) {
      const base = validValue(op.multipartBody, '', hints) as Record<string, unknown>;
      const pdf = { content: SAMPLE_PDF, name: 'a.pdf', type: 'application/pdf' };
      for (const [name, property] of Object.entries(resolveSchema(op.multipartBody).properties ?? {})) {
        if (property.format === 'binary') continue;
        for (const v of variantsFor(property, name)) {
          const validity: Validity = v.validity === 'invalid' && !QUERY_INVALID.test(v.label) ? 'odd' : v.validity;
          add(`multipart ${name}: ${v.label}`, validity, pathWith(op, persona, random), multipartOf(op.multipartBody, { ...base, [name]: v.value }, pdf));
        }
      }
      const files: [string, { content: Uint8Array; name: string; type: string } | null, Validity][] = [
        ['no file', null, 'odd'],
        ['empty file', { content: new Uint8Array(), name: 'empty.pdf', type: 'application/pdf' }, 'invalid'],
        ['PNG magic, then HTML', { content: PNG_THEN_HTML, name: 'a.png', type: 'image/png' }, 'invalid'],
        ['NUL in the file name', { content: SAMPLE_PDF, name: 'a\u0000b.pdf', type: 'application/pdf' }, 'odd'],
        ['traversal in the file name', { content: SAMPLE_PDF, name: '../../../../tmp/x.pdf', type: 'application/pdf' }, 'odd'],
        ['1,000-character file name', { content: SAMPLE_PDF, name: `${'名'.repeat(1000)}.pdf`, type: 'application/pdf' }, 'odd'],
        ['PDF declared as executable', { content: SAMPLE_PDF, name: 'a.exe', type: 'application/x-msdownload' }, 'odd'],
      ];
      for (const [label, file, validity] of files) add(`multipart file: ${label}`, validity, pathWith(op, persona, random), multipartOf(op.multipartBody, base, file));
      if (persona === 'admin' || persona === 'enterprise')
        add('multipart file: 10 MB + 1 byte', 'invalid', pathWith(op, persona, random), multipartOf(op.multipartBody, base, { content: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x25), name: 'big.pdf', type: 'application/pdf' }));
    }
    for (const param of op.queryParams) {
      for (const v of variantsFor(param.schema, param.name)) {
        const validity: Validity = QUERY_INVALID.test(v.label) ? 'invalid' : 'odd';
        const b = bodies[0];
        add(`query ${param.name}: ${v.label}`, validity, `${pathWith(op, persona, random)}?${encodeQueryValue(param.name, v.value)}`, b && sendJson(b).body, b && sendJson(b).contentType);
      }
    }
    for (const param of op.pathParams) {
      const enumValues = resolveSchema(param.schema).enum;
      if (enumValues) add(`path ${param.name}: not in the enum`, 'invalid', pathWith(op, persona, random, { name: param.name, segment: 'NOT_A_MEMBER' }));
      for (const [label, segment] of PATH_SEGMENTS) add(`path ${param.name}: ${label}`, 'invalid', pathWith(op, persona, random, { name: param.name, segment }), bodies[0] && sendJson(bodies[0]).body, bodies[0] && sendJson(bodies[0]).contentType);
    }
  } else {
    // Stopped by the guards: what reaches them (body parsing runs first, path matching too).
    const b = bodies[0];
    add('valid', 'valid', withQuery(pathWith(op, persona, random), validQuery(op, random)), b && sendJson(b).body, b && sendJson(b).contentType);
    for (const b2 of bodies.filter((v) => v.validity === 'invalid').sort(() => random() - 0.5).slice(0, 4)) add(b2.label, b2.validity, pathWith(op, persona, random), sendJson(b2).body, sendJson(b2).contentType);
    for (const [label, segment] of PATH_SEGMENTS.filter(() => random() < 0.3))
      if (op.pathParams[0]) add(`path ${op.pathParams[0].name}: ${label}`, 'invalid', pathWith(op, persona, random, { name: op.pathParams[0].name, segment }));
  }
  const basePath = pathWith(op, persona, random);
  // The large bodies cost the most to send: as two personas, which is enough for body parsing.
  const large = /huge JSON|deeply nested/;
  for (const attack of rawAttacks(op, basePath).filter((a) => (large.test(a.label) ? persona === 'anonymous' || persona === 'admin' : deep || random() < 0.35)))
    add(attack.label, 'invalid', attack.path ?? basePath, attack.body, attack.contentType);
  // Forged tokens, sent as the anonymous caller: each is refused or ignored, never a 5xx.
  if (persona === 'anonymous')
    for (const [label, forged] of forgedTokens(tokens.enterprise)) out.push({ op, persona, label: `forged token: ${label}`, validity: 'invalid', path: basePath, token: forged });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Sending and judging

const latencies: number[] = [];
const byStatus = new Map<number, number>();
const findings: Finding[] = [];
const coverage = new Map<string, { personas: Set<Persona>; pastGuards: Set<Persona>; succeeded: number }>();
const acceptedInvalid: string[] = [];

/**
 * Sent with node:http over kept-alive connections rather than fetch: the run sends 20,000 requests on a
 * 2-core machine, and fetch costs the test process about as much CPU as the app spends answering.
 * The path goes through URL as fetch's would (non-ASCII escaped); a multipart body is encoded by
 * Request, boundary and all.
 */
let agent: http.Agent | undefined;
async function send(request: Request): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': Math.random() < 0.5 ? 'zh-CN' : 'en' };
  if (request.token !== undefined) headers.Authorization = `Bearer ${request.token}`;
  if (request.contentType) headers['Content-Type'] = request.contentType;
  if (request.label === 'gzip claimed, not gzip') headers['Content-Encoding'] = 'gzip';
  const started = performance.now();
  let body = request.body?.();
  if (body instanceof FormData) {
    const encoded = new globalThis.Request('http://fuzz.invalid/', { method: 'POST', body });
    headers['Content-Type'] = encoded.headers.get('content-type')!;
    body = new Uint8Array(await encoded.arrayBuffer());
  }
  if (body !== undefined) headers['Content-Length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
  const url = new URL(request.path, app.baseUrl);
  agent ??= new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  return new Promise((resolve) => {
    const answer = (a: Omit<Answer, 'ms'>) => {
      clearTimeout(timer);
      resolve({ ...a, ms: performance.now() - started });
    };
    const outgoing = http.request(url, { method: request.op.method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        answer({ status: response.statusCode ?? 0, contentType: response.headers['content-type'] ?? '', text: Buffer.concat(chunks).toString(), hung: false }),
      );
      response.on('error', (error) => answer({ status: 0, contentType: '', text: String(error), hung: false }));
    });
    const timer = setTimeout(() => {
      outgoing.destroy();
      answer({ status: 0, contentType: '', text: 'no answer', hung: true });
    }, TIMEOUT_MS);
    outgoing.on('error', (error) => answer({ status: 0, contentType: '', text: String(error), hung: false }));
    outgoing.end(body);
  });
}

function judge(request: Request, answer: Answer): void {
  const name = `${request.op.label} as ${request.persona} — ${request.label} [${request.path.slice(0, 160)}]`;
  latencies.push(answer.ms);
  byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
  const cover = coverage.get(request.op.label)!;
  cover.personas.add(request.persona);
  if (answer.status !== 401 && answer.status !== 403) cover.pastGuards.add(request.persona);
  if (answer.hung || answer.status === 0) {
    findings.push({ request: name, status: 'hang', detail: answer.text.slice(0, 300) });
    progress(`FINDING hang ${name}: ${answer.text.slice(0, 300)}`);
    return;
  }
  if (answer.status >= 500) {
    findings.push({ request: name, status: answer.status, detail: answer.text.slice(0, 400) });
    progress(`FINDING ${answer.status} ${name}: ${answer.text.slice(0, 300)}`);
    return;
  }
  if (answer.status < 400) {
    cover.succeeded++;
    if (request.validity === 'invalid') acceptedInvalid.push(`${name} → ${answer.status}`);
    return;
  }
  if (!answer.contentType.startsWith('application/problem+json')) {
    findings.push({ request: name, status: answer.status, detail: `not problem+json: ${answer.contentType} ${answer.text.slice(0, 200)}` });
    progress(`FINDING not problem ${name}: ${answer.contentType} ${answer.text.slice(0, 200)}`);
    return;
  }
  try {
    const problem = JSON.parse(answer.text) as Record<string, unknown>;
    if (problem.status !== answer.status || typeof problem.title !== 'string' || typeof problem.type !== 'string' || (problem.detail !== undefined && typeof problem.detail !== 'string'))
      findings.push({ request: name, status: answer.status, detail: `problem without status/title/type: ${answer.text.slice(0, 200)}` });
  } catch {
    findings.push({ request: name, status: answer.status, detail: `unparseable problem: ${answer.text.slice(0, 200)}` });
  }
}

/** Sends the requests CONCURRENCY at a time (a pool, not batches: one slow answer holds up one slot). */
async function run(requests: Request[]): Promise<Answer[]> {
  const answers: Answer[] = new Array(requests.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const i = next++;
        answers[i] = await send(requests[i]!);
        judge(requests[i]!, answers[i]);
      }
    }),
  );
  return answers;
}

// ---------------------------------------------------------------------------------------------------
// Counting rows

let db: pg.Client;
let countQuery = '';

async function countRows(): Promise<Map<string, number>> {
  const { rows } = await db.query<{ t: string; n: string }>(countQuery);
  return new Map(rows.map((r) => [r.t, Number(r.n)]));
}

function differences(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([t, n]) => before.get(t) !== n).map(([t, n]) => `${t} ${before.get(t)} → ${n}`);
}

/** Waits until no table changes for a second (jobs of the setup finished), at most `ms`. */
async function settle(ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  let last = await countRows();
  let quiet = 0;
  while (Date.now() < deadline && quiet < 3) {
    await new Promise((r) => setTimeout(r, 400));
    const now = await countRows();
    quiet = differences(last, now).length === 0 ? quiet + 1 : 0;
    last = now;
  }
}

function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

// ---------------------------------------------------------------------------------------------------

beforeAll(async () => {
  database = { name: `mcf_test_${services.runId}_fuzz`, url: '' };
  await ensureDatabase(services.adminDatabaseUrl, database.name);
  database.url = withDatabase(services.adminDatabaseUrl, database.name);
  queuePrefix = `fuzz-${services.runId}`;
  app = await startApp(
    appEnvironment(services, { DATABASE_URL: database.url, SEARCH_INDEX_PREFIX: `${services.indexPrefix}fuzz_`, QUEUE_PREFIX: queuePrefix, DEMO_DATA: 'on' }),
    // Most of beforeAll's 180 s: a busy machine has been seen to take over 90 s to start the worker process.
    150_000,
  );
  progress('app started');
  api = new ApiClient(app.baseUrl);
  db = new pg.Client({ connectionString: database.url });
  await db.connect();

  tokens.admin = await api.adminToken();
  const enterprise = await api.login('enterprise@demo.mcf.local', 'Demo-Enterprise-2026');
  const procurer = await api.login('procurer@demo.mcf.local', 'Demo-Procurer-2026');
  const enterpriseOrg = enterprise.session.user.organization!.id;
  personaOrg = { enterprise: enterpriseOrg, procurer: procurer.session.user.organization!.id };
  const memberEmail = uniqueEmail('fuzz-member');
  const invited = await api.call<{ token: string }>('POST', `/api/v1/organizations/${enterpriseOrg}/invitations`, { token: enterprise.token, body: { email: memberEmail } });
  expect(invited.status).toBe(201);
  expect((await api.call('POST', '/api/v1/invitations/accept', { body: { token: invited.body.token, name: '模糊测试成员', password: 'Member-Pass-2026' } })).status).toBe(201);
  const member = await api.login(memberEmail, 'Member-Pass-2026');
  const unverified = await api.registerOrganization('ENTERPRISE', 'fuzz-unverified');
  const suspended = await api.registerOrganization('ENTERPRISE', 'fuzz-suspended');
  await api.setOrganizationStatus(tokens.admin, suspended.organizationId, 'verify');
  await api.setOrganizationStatus(tokens.admin, suspended.organizationId, 'suspend');
  Object.assign(tokens, { enterprise: enterprise.token, member: member.token, procurer: procurer.token, unverified: unverified.token, suspended: suspended.token });
  for (const session of [enterprise.session, procurer.session, member.session]) {
    protectedIds.add(session.user.id);
    protectedIds.add(session.user.organization!.id);
  }
  for (const other of [unverified, suspended]) {
    protectedIds.add(other.userId);
    protectedIds.add(other.organizationId);
  }
  const admin = (await api.call<{ id: string }>('GET', '/api/v1/me', { token: tokens.admin })).body;
  protectedIds.add(admin.id);

  const document = (await (await fetch(`${app.baseUrl}/api/docs-json`)).json()) as Parameters<typeof readOperations>[0];
  operations = readOperations(document);
  for (const op of operations) coverage.set(op.label, { personas: new Set(), pastGuards: new Set(), succeeded: 0 });

  progress('personas ready');
  // Real ids to put in paths: what the list endpoints show each persona, then what the lists under those ids show.
  for (let round = 0; round < 2; round++) {
    const gets = operations.filter((op) => op.method === 'GET' && (round === 0 ? op.pathParams.length === 0 : op.pathParams.length > 0));
    await Promise.all(
      gets.flatMap((op) =>
        (['admin', 'enterprise', 'procurer'] as const).map(async (persona) => {
          const path = op.template.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(realValue(op, { name, schema: {} }, persona, Math.random)));
          const answer = await api.call('GET', path, { token: tokens[persona] });
          if (answer.status === 200) harvest(answer.body, op.template.split('/').filter((s) => s && !s.includes('{')).at(-1) ?? '');
        }),
      ),
    );
  }

  progress(`harvested ${[...pool].map(([k, v]) => `${k} ${v.size}`).join(', ')}`);
  const { rows } = await db.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'typeorm_migrations' order by 1",
  );
  countQuery = rows.map((r) => `select '${r.table_name}' as t, count(*) as n from "${r.table_name}"`).join(' union all ');
}, 180_000);

afterAll(async () => {
  agent?.destroy();
  await db?.end();
  if (VERBOSE && app) for (const line of app.output().split('\n').filter((l) => /"level":(50|60)/.test(l)).slice(0, 30)) console.info(`app error: ${line.slice(0, 1500)}`);
  if (app) expect(await app.stop()).toBe(0);
  if (database?.url) await dropDatabase(services.adminDatabaseUrl, database.name);
  if (queuePrefix) await removeQueueKeys({ redisUrl: services.redisUrl, queuePrefix });
});

// Part of every integration run; FUZZ_OPENAPI=0 leaves it out (e.g. while bisecting something else).
describe.skipIf(process.env.FUZZ_OPENAPI === '0')('fuzzing every OpenAPI operation with generated inputs, as every persona', () => {
  it('reads the operations and finds real ids to aim at', () => {
    expect(operations.length).toBeGreaterThan(100);
    for (const kind of ['organizations', 'demands', 'users', 'responses']) expect(pool.get(kind)?.size ?? 0, kind).toBeGreaterThan(0);
  });

  it(`sends at least ${TARGET} requests: no 5xx, no hang, every 4xx problem+json, refusals write nothing`, { timeout: 600_000 }, async () => {
    const random = mulberry32(SEED);
    const started = performance.now();
    const cpuBefore = cpuSeconds(app.process.pid);
    const ordinary = operations.filter((op) => !endsSessions(op));

    // Who gets past the guards of each operation: an empty body on an unknown id is refused either way.
    const probes: Request[] = ordinary.flatMap((op) =>
      PERSONAS.map((persona) => ({
        op,
        persona,
        label: 'probe',
        validity: 'invalid' as Validity,
        path: op.template.replace(/\{(\w+)\}/g, (_m, name: string) => (op.pathParams.find((p) => p.name === name)?.schema.enum?.[0] as string | undefined) ?? randomUUID()),
        token: persona === 'anonymous' ? undefined : tokens[persona],
        body: hasBody(op) ? () => '{"unexpectedProperty\\u0000":1}' : undefined,
        contentType: hasBody(op) ? 'application/json' : undefined,
      })),
    );
    progress('settling');
    await settle();
    progress(`probing ${probes.length}`);
    const beforeProbes = await countRows();
    const probeAnswers = await run(probes);
    const halfWritten: string[] = [];
    const probeChanges = differences(beforeProbes, await countRows());
    if (probeChanges.length && probeAnswers.every((a) => a.status >= 400)) halfWritten.push(`probes: ${probeChanges.join(', ')}`);
    const deep = new Set(probes.filter((_, i) => ![401, 403].includes(probeAnswers[i]!.status)).map((p) => `${p.op.label}|${p.persona}`));

    // Every request of every operation; trimmed (seeded) to about the target, the first valid ones kept.
    progress('generating');
    const plans = ordinary.map((op) => ({ op, requests: PERSONAS.flatMap((persona) => requestsFor(op, persona, deep.has(`${op.label}|${persona}`), random)) }));
    const generated = plans.reduce((n, p) => n + p.requests.length, 0);
    const room = TARGET - probes.length - operations.filter(endsSessions).length * PERSONAS.length * 40;
    const keep = Math.min(1, room / generated);
    for (const plan of plans) plan.requests = plan.requests.filter((r) => r.label === 'valid body' || r.label === 'valid' || random() < keep);
    progress(`generated ${generated}, keeping ${(keep * 100).toFixed(0)} %`);

    // Phase 1: per operation, every refusal, between two counts of every table.
    const later: Request[] = [];
    const suspects: { op: Operation; refusals: Request[]; changes: string[] }[] = [];
    for (const { op, requests } of plans) {
      const refusals = requests.filter((r) => r.validity === 'invalid');
      later.push(...requests.filter((r) => r.validity !== 'invalid'));
      const before = await countRows();
      const opStarted = performance.now();
      const answers = await run(refusals);
      progress(`${op.label}: ${refusals.length} refusals in ${(performance.now() - opStarted).toFixed(0)} ms`);
      const changes = differences(before, await countRows());
      if (changes.length && answers.every((a) => a.status >= 400)) suspects.push({ op, refusals, changes });
    }
    // A count that moved may be a job of an earlier, accepted request landing late (vocabulary mining,
    // notifications): such a batch is sent again once nothing moves, and counts only if it writes again.
    for (const { op, refusals, changes } of suspects) {
      await settle();
      const before = await countRows();
      const answers = await run(refusals);
      const again = differences(before, await countRows());
      progress(`${op.label}: refusals moved ${changes.join(', ')}; again: ${again.join(', ') || 'nothing'}`);
      if (again.length && answers.every((a) => a.status >= 400)) halfWritten.push(`${op.label}: ${again.join(', ')} (first ${changes.join(', ')})`);
    }

    // Phase 2: valid and odd inputs, then seeded random mutations of valid requests up to the target.
    const shuffled = later.sort(() => random() - 0.5);
    const sentSoFar = latencies.length + shuffled.length + operations.filter(endsSessions).length * PERSONAS.length * 40;
    const deepPairs = [...deep].map((key) => key.split('|') as [string, Persona]);
    for (let i = 0; sentSoFar + i < TARGET; i++) {
      const [label, persona] = pick(random, deepPairs);
      const op = ordinary.find((o) => o.label === label)!;
      const valid = validValue(op.jsonBody, '', hints);
      shuffled.push({
        op,
        persona,
        label: `random mutation ${i}`,
        validity: 'odd',
        path: `${pathWith(op, persona, random)}${op.queryParams.length ? `?${op.queryParams.map((p) => encodeQueryValue(p.name, mutate(validValue(p.schema, p.name, hints), random))).join('&')}` : ''}`,
        token: persona === 'anonymous' ? undefined : tokens[persona],
        body: op.jsonBody ? () => JSON.stringify(mutate(valid, random)) : undefined,
        contentType: op.jsonBody ? 'application/json' : undefined,
      });
    }
    progress(`phase 2: ${shuffled.length}`);
    await run(shuffled);
    progress('phase 3');
    // Phase 3: what ends sessions, every persona, last.
    await run(operations.filter(endsSessions).flatMap((op) => PERSONAS.flatMap((persona) => requestsFor(op, persona, true, random))));

    const seconds = (performance.now() - started) / 1000;
    const appCpu = cpuSeconds(app.process.pid) - cpuBefore;
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!.toFixed(0);
    const uncovered = [...coverage].filter(([, c]) => c.personas.size < PERSONAS.length).map(([label]) => label);
    const pastGuards = [...coverage].filter(([, c]) => c.pastGuards.size > 0).length;
    const succeeded = [...coverage].filter(([, c]) => c.succeeded > 0).length;
    const statuses = [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ');
    console.info(
      [
        `fuzz: ${latencies.length} requests in ${seconds.toFixed(1)} s (${(latencies.length / seconds).toFixed(0)}/s, ${CONCURRENCY} in flight), app CPU ${appCpu.toFixed(1)} s`,
        `fuzz: ${operations.length - uncovered.length}/${operations.length} operations as all ${PERSONAS.length} personas (${PERSONAS.join(', ')}); ${pastGuards} reached past the guards, ${succeeded} answered 2xx at least once`,
        `fuzz: latency p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
        `fuzz: by status ${statuses}`,
        `fuzz: ${findings.length} findings (5xx, hangs, 4xx not problem+json), ${halfWritten.length} refused batches that wrote rows, ${acceptedInvalid.length} schema-invalid requests accepted`,
        ...acceptedInvalid.slice(0, 15).map((a) => `fuzz: accepted ${a}`),
      ].join('\n'),
    );
    expect(findings.slice(0, 25), JSON.stringify(findings.slice(0, 25), null, 2)).toEqual([]);
    expect(halfWritten).toEqual([]);
    expect(uncovered).toEqual([]);
    expect(latencies.length).toBeGreaterThanOrEqual(TARGET);
  });
});
