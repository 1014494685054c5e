/**
 * The search API sends highlighted copies of fields with matched words in `<mark>…</mark>` and says it
 * escaped everything else. We do not take that on trust before `v-html`: the string is read again here and
 * only text and `<mark>` survive. Any other tag is dropped (its text stays, as text), attributes never
 * survive, marks are balanced, and all text is escaped anew.
 */

export interface HighlightSegment {
  text: string;
  marked: boolean;
}

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)([^>]*)>/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function codePoint(value: number): string | null {
  const valid = Number.isInteger(value) && value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff);
  return valid ? String.fromCodePoint(value) : null;
}

/** Turns the API's escapes back into characters (they are escaped again on the way out). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return codePoint(parseInt(body.slice(2), 16)) ?? entity;
    if (body.startsWith('#')) return codePoint(parseInt(body.slice(1), 10)) ?? entity;
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The highlight as plain segments: marked or not, text decoded, every other tag gone. */
export function parseHighlight(input: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let marked = false;
  let last = 0;
  const push = (raw: string) => {
    // A `<` that opens no tag (e.g. "a < b" sent unescaped) is text, like anything else left over.
    const text = decodeEntities(raw);
    if (text === '') return;
    const previous = segments[segments.length - 1];
    if (previous && previous.marked === marked) previous.text += text;
    else segments.push({ text, marked });
  };
  for (const match of input.matchAll(TAG)) {
    push(input.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, name, rest] = match;
    // Only a bare <mark> / </mark> switches marking; <mark onclick=…> or <marker> are dropped like any tag.
    if (name!.toLowerCase() !== 'mark' || rest!.trim() !== '') continue;
    marked = closing === '';
  }
  push(input.slice(last));
  return segments;
}

/** The highlight as HTML that holds nothing but escaped text and `<mark>` elements: safe for `v-html`. */
export function sanitiseHighlight(input: string): string {
  return parseHighlight(input)
    .map((segment) => (segment.marked ? `<mark>${escapeHtml(segment.text)}</mark>` : escapeHtml(segment.text)))
    .join('');
}

/** The text of a highlight without any markup (for titles, aria labels). */
export function highlightText(input: string): string {
  return parseHighlight(input)
    .map((segment) => segment.text)
    .join('');
}
