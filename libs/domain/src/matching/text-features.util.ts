import type { CompiledVocabulary, TermSense } from '../vocabulary/vocabulary.types.js';
import { normaliseMatchText } from './normalise-match-text.util.js';

/**
 * A stretch of normalised text as matching sees it: a vocabulary term (with its concepts), a run of Han
 * characters no term covers, or an ASCII word (a model number, an acronym the vocabulary does not know).
 */
export type TextUnit =
  | { kind: 'term'; text: string; senses: readonly TermSense[] }
  | { kind: 'han'; text: string }
  | { kind: 'word'; text: string };

const HAN = /^\p{Script=Han}$/u;
const ALNUM = /^[a-z0-9]$/u;
const isAlnum = (char: string | undefined): boolean => char !== undefined && ALNUM.test(char);
const isHan = (char: string | undefined): boolean => char !== undefined && HAN.test(char);

/**
 * The longest vocabulary term starting at `start`; an ASCII term (UPS) must stand as a whole word. Read
 * forward while the text so far begins some term, so a position costs the length of its longest term prefix
 * (mostly 1–2 characters), not one look-up of every length up to the vocabulary's longest term.
 */
function termAt(
  chars: readonly string[],
  start: number,
  vocabulary: CompiledVocabulary,
): { senses: readonly TermSense[]; length: number } | null {
  const prefixes = vocabulary.termPrefixes;
  const longest = Math.min(vocabulary.longestTerm, chars.length - start);
  let found: { senses: readonly TermSense[]; length: number } | null = null;
  let text = '';
  for (let length = 1; length <= longest; length += 1) {
    text += chars[start + length - 1];
    if (!prefixes.has(text)) break;
    const senses = vocabulary.senses.get(text);
    if (senses === undefined) continue;
    const cutsWordBefore = isAlnum(chars[start]) && isAlnum(chars[start - 1]);
    const cutsWordAfter = isAlnum(chars[start + length - 1]) && isAlnum(chars[start + length]);
    if (!cutsWordBefore && !cutsWordAfter) found = { senses, length };
  }
  return found;
}

/** Splits text into vocabulary terms (longest first), Han runs and ASCII words; separators are dropped. */
export function textUnits(text: string, vocabulary: CompiledVocabulary): TextUnit[] {
  const chars = Array.from(normaliseMatchText(text));
  const units: TextUnit[] = [];
  let han = '';
  const flushHan = (): void => {
    if (han !== '') units.push({ kind: 'han', text: han });
    han = '';
  };
  let index = 0;
  while (index < chars.length) {
    const term = termAt(chars, index, vocabulary);
    if (term !== null) {
      flushHan();
      units.push({ kind: 'term', text: chars.slice(index, index + term.length).join(''), senses: term.senses });
      index += term.length;
      continue;
    }
    const char = chars[index] ?? '';
    if (isHan(char)) {
      han += char;
      index += 1;
    } else if (isAlnum(char)) {
      flushHan();
      let end = index;
      while (isAlnum(chars[end])) end += 1;
      units.push({ kind: 'word', text: chars.slice(index, end).join('') });
      index = end;
    } else {
      flushHan();
      index += 1;
    }
  }
  flushHan();
  return units;
}

/** Overlapping character pairs of a Han string (红外镜头 → 红外, 外镜, 镜头); a lone character stands alone. */
export function characterPairs(text: string): string[] {
  const chars = Array.from(text).filter(isHan);
  if (chars.length === 1) return [];
  const pairs: string[] = [];
  for (let index = 0; index + 1 < chars.length; index += 1) pairs.push(`${chars[index]}${chars[index + 1]}`);
  return pairs;
}

export const conceptKey = (concept: string): string => `k:${concept}`;
/** A vocabulary term occurring anywhere in a profile, even inside a longer one: for look-alike checks. */
export const mentionKey = (concept: string): string => `m:${concept}`;
export const pairKey = (pair: string): string => `b:${pair}`;
export const charKey = (char: string): string => `c:${char}`;
export const wordKey = (word: string): string => `w:${word}`;
