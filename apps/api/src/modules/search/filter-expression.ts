import { meilisearchQuoted } from '@mcf/domain';

/**
 * Meilisearch filter expressions built from values that were validated first. Every value is quoted
 * and escaped (one quoting for the whole platform, in @mcf/domain), so no value, whatever it holds, can
 * change the expression's structure.
 */
export const quoted = meilisearchQuoted;

export function anyOf(attribute: string, values: readonly string[]): string | null {
  return values.length === 0 ? null : `${attribute} IN [${values.map(quoted).join(', ')}]`;
}

export function equals(attribute: string, value: string | boolean): string {
  return typeof value === 'boolean' ? `${attribute} = ${value}` : `${attribute} = ${quoted(value)}`;
}

/** A region filter: a province code (xx0000) matches its province, a city code (xxxx00) its city, else the county. */
export function regionFilter(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  const provinces = codes.filter((c) => c.endsWith('0000'));
  const cities = codes.filter((c) => c.endsWith('00') && !c.endsWith('0000'));
  const counties = codes.filter((c) => !c.endsWith('00'));
  const parts = [
    anyOf('provinceCode', provinces),
    anyOf('cityCode', cities),
    anyOf('regionCode', counties),
  ].filter((p): p is string => p !== null);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

export function allOf(parts: readonly (string | null)[]): string | undefined {
  const present = parts.filter((p): p is string => p !== null && p !== '');
  return present.length === 0
    ? undefined
    : present.map((p) => (p.includes(' OR ') && !p.startsWith('(') ? `(${p})` : p)).join(' AND ');
}

const PRE = '\u0002';
const POST = '\u0003';
export const HIGHLIGHT_TAGS = { highlightPreTag: PRE, highlightPostTag: POST };

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The engine's highlighted text made safe for HTML: everything escaped, then only our markers become <mark>. */
export function safeHighlight(text: string): string {
  return escapeHtml(text).split(PRE).join('<mark>').split(POST).join('</mark>');
}
