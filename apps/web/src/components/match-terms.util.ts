import type { HighlightSegment } from './search-highlight.util';

/**
 * A firm's own words with the demand's matched terms marked, for the match explanation. Terms are found
 * case-insensitively, longest first, so "应急舟桥" wins over "舟桥". A term that matched only through a
 * synonym does not occur in the text and simply marks nothing: the list of terms shows it anyway.
 */
export function markTerms(text: string, terms: readonly string[]): HighlightSegment[] {
  const wanted = [...new Set(terms.map((term) => term.trim()).filter((term) => term !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  if (text === '') return [];
  if (wanted.length === 0) return [{ text, marked: false }];
  const lower = text.toLowerCase();
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of wanted) {
    const needle = term.toLowerCase();
    let from = 0;
    for (let at = lower.indexOf(needle, from); at !== -1; at = lower.indexOf(needle, from)) {
      for (let i = at; i < at + needle.length; i += 1) marks[i] = true;
      from = at + needle.length;
    }
  }
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const previous = segments[segments.length - 1];
    if (previous && previous.marked === marks[i]) previous.text += text[i];
    else segments.push({ text: text[i]!, marked: marks[i]! });
  }
  return segments;
}

/** Whether any of the terms occurs in the text (case-insensitively). */
export function mentionsAny(text: string, terms: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return terms.some((term) => term.trim() !== '' && lower.includes(term.trim().toLowerCase()));
}
