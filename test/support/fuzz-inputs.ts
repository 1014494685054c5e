/**
 * Inputs generated from an OpenAPI schema for the fuzz run: for every schema, values that satisfy it
 * (boundaries included), values that break it (one rule at a time: wrong type, out of range, too long,
 * not in the enum, missing or unknown property), and values whose validity is not the point (odd
 * Unicode, huge or deep structures). A request built from one broken value and otherwise valid parts
 * reaches the rule that value breaks, instead of stopping at the first field.
 */
import { randomUUID } from 'node:crypto';

export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  description?: string;
}

/** valid: the schema accepts it; invalid: the schema refuses it; odd: either is fine, only no 5xx. */
export type Validity = 'valid' | 'invalid' | 'odd';

export interface Variant {
  label: string;
  value: unknown;
  validity: Validity;
}

export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Text that is well-formed but unusual: the app may take it or refuse it, never fail on it. */
export const ODD_TEXTS: readonly [string, string][] = [
  ['right-to-left override', '\u202e供应商\u202d'],
  ['zero-width joiner emoji', '👩‍👩‍👧‍👦'],
  ['combining marks', 'Z\u0351\u0327a\u0344l\u0310go'],
  ['full-width digits', '１２３４５'],
  ['byte order mark', '\ufeff测试'],
  ['line separator', 'a\u2028b\u2029c'],
  ['astral CJK', '𠀀𪚥𰻞'],
  ['control characters', '\u0001\u0007\u001b[31m'],
  ['SQL', "'; DROP TABLE users; --"],
  ['HTML', '<img src=x onerror=alert(1)>'],
  ['path traversal', '../../../../etc/passwd'],
  ['only spaces', '   '],
  ['Meilisearch filter syntax', 'sectors = AI OR 1=1'],
  ['format string', '%s%n%x{0}${x}'],
  ['prototype key', '__proto__'],
];

/** Text the platform refuses wherever it is taken (the wire-text rule). */
export const ILL_FORMED_TEXTS: readonly [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['lone surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udc00'],
];

export function resolveSchema(schema: Schema | undefined): Schema {
  const s = schema ?? {};
  const variants = s.anyOf ?? s.oneOf;
  if (variants?.length) {
    const nonNull = variants.filter((v) => v.type !== 'null');
    const chosen = nonNull[0] ?? variants[0]!;
    return { ...resolveSchema(chosen), nullable: s.nullable || nonNull.length < variants.length || chosen.nullable };
  }
  if (s.allOf?.length) {
    const parts = s.allOf.map(resolveSchema);
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  return s;
}

export function typeOf(schema: Schema): string | undefined {
  const s = resolveSchema(schema);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type) return type;
  if (s.properties) return 'object';
  if (s.enum) return typeof s.enum[0] === 'number' ? 'number' : 'string';
  return undefined;
}

const isNullable = (s: Schema) => Boolean(s.nullable) || (Array.isArray(s.type) && s.type.includes('null'));

/** Known-good values for string fields the schema only names (no format or pattern to go by). */
export interface Hints {
  /** A value for a string property of this name, if the caller knows a good one (ids, codes). */
  stringFor?(name: string, schema: Schema): string | undefined;
}

function clip(text: string, s: Schema): string {
  let value = text;
  if (s.maxLength !== undefined && value.length > s.maxLength) value = value.slice(0, s.maxLength);
  if (s.minLength !== undefined && value.length < s.minLength) value = value.padEnd(s.minLength, '材');
  return value;
}

function dateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A value the schema accepts, with plausible content for the field's name. */
export function validValue(schema: Schema | undefined, name = '', hints: Hints = {}, depth = 0): unknown {
  const s = resolveSchema(schema);
  if (s.default !== undefined && depth > 0 && typeOf(s) !== 'object' && typeOf(s) !== 'array') return s.default;
  if (s.enum?.length) return s.enum[0];
  const type = typeOf(s);
  if (type === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(s.properties ?? {})) result[key] = validValue(property, key, hints, depth + 1);
    return result;
  }
  if (type === 'array') {
    const count = Math.max(s.minItems ?? 0, s.items ? 1 : 0);
    return Array.from({ length: Math.min(count, s.maxItems ?? count) }, () => validValue(s.items, name, hints, depth + 1));
  }
  if (type === 'integer' || type === 'number') {
    const min = s.minimum ?? 0;
    const max = s.maximum ?? min + 100;
    const mid = Math.min(max, Math.max(min, /year/i.test(name) ? 2010 : 5));
    return type === 'integer' ? Math.ceil(mid) : mid;
  }
  if (type === 'boolean') return true;
  const hinted = hints.stringFor?.(name, s);
  if (hinted !== undefined) return hinted;
  if (s.format === 'uuid') return randomUUID();
  if (s.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
  if (s.format === 'date' || /date|deadline|At$/i.test(name)) return dateIn(/expires|deadline|until/i.test(name) ? 365 : -30);
  if (s.format === 'email' || /email/i.test(name)) return `fuzz.${randomUUID().slice(0, 8)}@example.cn`;
  if (s.format === 'uri' || /website|url/i.test(name)) return 'https://example.cn/';
  if (/password/i.test(name)) return clip('Fuzz-Pass-2026-abc', s);
  if (/phone/i.test(name)) return '0715-8123456';
  if (/region/i.test(name)) return '421202';
  return clip('复合材料构件测试', s);
}

/** The ways one value can satisfy or break its schema. */
export function variantsOf(schema: Schema | undefined, name = '', hints: Hints = {}): Variant[] {
  const s = resolveSchema(schema);
  const type = typeOf(s);
  const out: Variant[] = [];
  const add = (label: string, value: unknown, validity: Validity) => out.push({ label, value, validity });
  if (!isNullable(s)) add('null', null, 'invalid');
  else add('null', null, 'valid');

  if (s.enum?.length) {
    for (const member of s.enum.slice(0, 4)) add(`enum ${String(member)}`, member, 'valid');
    add('not in the enum', 'NOT_A_MEMBER', 'invalid');
    add('enum in lower case', String(s.enum[0]).toLowerCase() === String(s.enum[0]) ? `${String(s.enum[0])}X` : String(s.enum[0]).toLowerCase(), 'invalid');
    add('number for enum', 7, 'invalid');
    return out;
  }
  if (type === 'string') {
    add('number for string', 12345, 'invalid');
    add('boolean for string', false, 'invalid');
    add('array for string', ['a'], 'invalid');
    add('object for string', { $gt: '' }, 'invalid');
    for (const [label, text] of ILL_FORMED_TEXTS) add(label, text, 'invalid');
    for (const [label, text] of ODD_TEXTS) add(label, text, 'odd');
    add('empty string', '', s.minLength ? 'invalid' : 'odd');
    if (s.maxLength !== undefined) {
      add('exactly maxLength', '测'.repeat(s.maxLength), 'odd');
      add('maxLength + 1', '测'.repeat(s.maxLength + 1), 'invalid');
    } else {
      add('20 kB string', 'x'.repeat(20_000), 'odd');
    }
    if (s.minLength !== undefined && s.minLength > 1) add('minLength - 1', 'a'.repeat(s.minLength - 1), 'invalid');
    if (s.format === 'uuid') {
      add('uuid upper case', randomUUID().toUpperCase(), 'odd');
      add('uuid v1', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'odd');
      add('nil uuid', '00000000-0000-0000-0000-000000000000', 'odd');
      add('almost a uuid', `${randomUUID().slice(0, 35)}g`, 'invalid');
    }
    if (s.format === 'date-time' || s.format === 'date' || /date|deadline|At$/i.test(name)) {
      add('impossible date', '2026-02-30', 'invalid');
      add('year 0', '0000-01-01', 'odd');
      add('year 275760', '+275760-09-13T00:00:00.000Z', 'odd');
      add('date far future', '9999-12-31', 'odd');
      add('date-time with offset', '2026-12-06T10:00:00+08:00', 'odd');
    }
    if (s.format === 'email' || /email/i.test(name)) {
      add('email without domain', 'someone@', 'invalid');
      add('email with unicode', '用户@例子.中国', 'odd');
      add('email 300 chars', `${'a'.repeat(290)}@example.cn`, 'odd');
    }
    if (s.format === 'uri' || /website|url/i.test(name)) {
      add('javascript url', 'javascript:alert(1)', 'odd');
      add('file url', 'file:///etc/passwd', 'odd');
    }
  } else if (type === 'integer' || type === 'number') {
    add('string for number', 'abc', 'invalid');
    add('numeric string', '12', 'odd');
    add('boolean for number', true, 'invalid');
    add('1e308', 1e308, s.maximum !== undefined ? 'invalid' : 'odd');
    add('-1e308', -1e308, s.minimum !== undefined ? 'invalid' : 'odd');
    add('2^53 + 1', 2 ** 53 + 1, s.maximum !== undefined && s.maximum < 2 ** 53 ? 'invalid' : 'odd');
    add('negative zero', -0, 'odd');
    if (type === 'integer') add('fraction for integer', 1.5, 'invalid');
    if (s.minimum !== undefined) {
      add('minimum', s.minimum, 'valid');
      add('minimum - 1', s.minimum - 1, 'invalid');
    }
    if (s.maximum !== undefined) {
      add('maximum', s.maximum, 'valid');
      add('maximum + 1', s.maximum + 1, 'invalid');
    }
  } else if (type === 'boolean') {
    add('true', true, 'valid');
    add('false', false, 'valid');
    add('string for boolean', 'yes', 'invalid');
    add('number for boolean', 1, 'invalid');
  } else if (type === 'array') {
    add('empty array', [], (s.minItems ?? 0) > 0 ? 'invalid' : 'valid');
    add('object for array', { 0: 'a' }, 'invalid');
    add('string for array', 'a', 'invalid');
    const item = validValue(s.items, name, hints, 1);
    if (s.maxItems !== undefined) add('maxItems + 1', Array.from({ length: s.maxItems + 1 }, () => item), 'invalid');
    add('2,000 items', Array.from({ length: 2000 }, () => item), s.maxItems !== undefined && s.maxItems < 2000 ? 'invalid' : 'odd');
    add('nested arrays', [[[[[item]]]]], 'invalid');
    for (const v of variantsOf(s.items, name, hints).filter((v) => v.validity !== 'valid').slice(0, 6))
      add(`item: ${v.label}`, [v.value], v.validity);
  } else if (type === 'object') {
    add('array for object', [], 'invalid');
    add('string for object', 'a', 'invalid');
    add('empty object', {}, (s.required?.length ?? 0) > 0 ? 'invalid' : 'odd');
  } else {
    add('a string', 'a', 'odd');
    add('an object', { a: 1 }, 'odd');
  }
  return out;
}

export interface BodyVariant {
  label: string;
  body: unknown;
  validity: Validity;
}

/** Bodies: the valid one, then one per broken or odd leaf, per missing required and unknown property. */
export function bodyVariants(schema: Schema | undefined, hints: Hints = {}, maxDepth = 3): BodyVariant[] {
  const root = resolveSchema(schema);
  const valid = validValue(root, '', hints);
  const out: BodyVariant[] = [{ label: 'valid body', body: valid, validity: 'valid' }];
  const walk = (s: Schema, path: string[], depth: number) => {
    const r = resolveSchema(s);
    for (const v of variantsOf(r, path.at(-1) ?? '', hints))
      out.push({ label: `${path.join('.') || '(body)'}: ${v.label}`, body: setAt(valid, path, v.value), validity: v.validity });
    if (typeOf(r) === 'object' && depth < maxDepth) {
      for (const [key, property] of Object.entries(r.properties ?? {})) walk(property, [...path, key], depth + 1);
      for (const key of r.required ?? []) out.push({ label: `${[...path, key].join('.')}: missing`, body: removeAt(valid, [...path, key]), validity: 'invalid' });
      out.push({
        label: `${path.join('.') || '(body)'}: unknown property`,
        body: setAt(valid, [...path, 'unexpectedProperty'], 'x'),
        validity: r.additionalProperties === false ? 'invalid' : 'odd',
      });
      out.push({ label: `${path.join('.') || '(body)'}: __proto__ property`, body: setAt(valid, [...path, '__proto__'], { isAdmin: true }), validity: 'odd' });
    }
    if (typeOf(r) === 'array' && r.items && typeOf(r.items) === 'object' && depth < maxDepth) walk(r.items, [...path, '0'], depth + 1);
  };
  walk(root, [], 0);
  return out;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function setAt(base: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = clone(base) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const [i, key] of path.slice(0, -1).entries()) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = /^\d+$/.test(path[i + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  // defineProperty so '__proto__' becomes an own key that JSON.stringify writes out.
  Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function removeAt(base: unknown, path: string[]): unknown {
  const copy = clone(base) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') return copy;
    node = node[key] as Record<string, unknown>;
  }
  delete node[path.at(-1)!];
  return copy;
}

/** Replaces a few values of a body with nasty ones and sometimes adds an unknown key (seeded). */
export function mutate(value: unknown, random: Random, depth = 0): unknown {
  if (Array.isArray(value)) return random() < 0.2 ? pick(random, NASTY) : value.map((item) => mutate(item, random, depth + 1));
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (random() > 0.1) result[key] = mutate(item, random, depth + 1);
    if (random() < 0.2) result[random() < 0.5 ? 'unexpected' : 'k\u0000'] = pick(random, NASTY);
    return result;
  }
  return random() < 0.35 ? pick(random, NASTY) : value;
}

/** What `mutate` puts in place of a value: built once, not for every node of every mutated body. */
const NASTY: readonly unknown[] = [
  ...ILL_FORMED_TEXTS.map(([, t]) => t),
  ...ODD_TEXTS.map(([, t]) => t),
  '',
  'x'.repeat(20_000),
  -1,
  1e308,
  2 ** 53 + 1,
  1.5,
  true,
  null,
  [],
  {},
  [[[[[]]]]],
  '0000-00-00',
  '9999-99-99',
  randomUUID(),
];

/** Path segments, already URL-encoded, that name nothing or try to escape the route. */
export const PATH_SEGMENTS: readonly [string, string][] = [
  ['random uuid', '%RANDOM_UUID%'],
  ['nil uuid', '00000000-0000-0000-0000-000000000000'],
  ['not a uuid', 'not-a-uuid'],
  ['integer', '1'],
  ['negative', '-1'],
  ['NUL', '%00'],
  ['lone surrogate bytes', '%ED%A0%80'],
  ['truncated escape', '%E0%A4%A'],
  ['bad escape', '%zz'],
  ['encoded traversal', '..%2F..%2F..%2Fetc%2Fpasswd'],
  ['dot dot', '..'],
  ['double-encoded traversal', '%252e%252e%252fetc'],
  ['backslash traversal', '..%5C..%5Cwindows'],
  ['2,000 characters', 'x'.repeat(2000)],
  ['CJK', encodeURIComponent('测试')],
  ['emoji', encodeURIComponent('😀')],
  ['SQL', encodeURIComponent("1' OR '1'='1")],
  ['uuid with suffix', '%RANDOM_UUID%.json'],
];
