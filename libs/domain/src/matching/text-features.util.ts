import { SYNONYM_GROUPS } from '../synonyms/synonym-groups.constant.js';
import { type TextFeature } from './match.types.js';
import { normaliseMatchText } from './normalise-match-text.util.js';
import { UNINFORMATIVE_BIGRAM_WEIGHT, UNINFORMATIVE_BIGRAMS } from './uninformative-bigrams.constant.js';

type Unit =
  | { kind: 'han'; char: string }
  | { kind: 'word'; word: string }
  | { kind: 'synonym'; keys: readonly string[]; length: number }
  | { kind: 'gap' };

const HAN = /^\p{Script=Han}$/u;
const ALNUM = /^[a-z0-9]$/;

/** A lone character next to a synonym or a gap ("单" in "单兵") says less than a pair. */
const LONE_CHARACTER_WEIGHT = 0.5;
/** Bare numbers ("30" in "30 台") rarely name a trade. */
const NUMBER_WEIGHT = 0.3;

// Every variant of a group becomes the group's key on both sides, so 移动电站 in a demand and 发电机组 in
// a profile are the same feature. A variant in two groups carries both keys (the groups stay separate).
const SYNONYM_KEYS_BY_VARIANT: ReadonlyMap<string, readonly string[]> = (() => {
  const keysByVariant = new Map<string, string[]>();
  SYNONYM_GROUPS.forEach((group, index) => {
    for (const term of group) {
      const variant = normaliseMatchText(term.trim());
      if (variant === '') continue;
      const keys = keysByVariant.get(variant) ?? [];
      if (!keys.includes(`s:${index}`)) keys.push(`s:${index}`);
      keysByVariant.set(variant, keys);
    }
  });
  return keysByVariant;
})();

const LONGEST_VARIANT = Math.max(
  0,
  ...[...SYNONYM_KEYS_BY_VARIANT.keys()].map((variant) => Array.from(variant).length),
);

const isAlnum = (char: string | undefined): boolean => char !== undefined && ALNUM.test(char);

/** The longest synonym variant starting at `start`; an ASCII variant (GJB) must stand as a whole word. */
function synonymAt(
  chars: readonly string[],
  start: number,
): { keys: readonly string[]; length: number } | null {
  for (let length = Math.min(LONGEST_VARIANT, chars.length - start); length >= 1; length -= 1) {
    const keys = SYNONYM_KEYS_BY_VARIANT.get(chars.slice(start, start + length).join(''));
    if (keys === undefined) continue;
    const cutsWordBefore = isAlnum(chars[start]) && isAlnum(chars[start - 1]);
    const cutsWordAfter = isAlnum(chars[start + length - 1]) && isAlnum(chars[start + length]);
    if (!cutsWordBefore && !cutsWordAfter) return { keys, length };
  }
  return null;
}

function unitsOf(text: string): Unit[] {
  const chars = Array.from(normaliseMatchText(text));
  const units: Unit[] = [];
  let index = 0;
  while (index < chars.length) {
    const synonym = synonymAt(chars, index);
    if (synonym !== null) {
      units.push({ kind: 'synonym', keys: synonym.keys, length: synonym.length });
      index += synonym.length;
      continue;
    }
    const char = chars[index] ?? '';
    if (HAN.test(char)) {
      units.push({ kind: 'han', char });
      index += 1;
    } else if (isAlnum(char)) {
      let end = index;
      while (isAlnum(chars[end])) end += 1;
      units.push({ kind: 'word', word: chars.slice(index, end).join('') });
      index = end;
    } else {
      units.push({ kind: 'gap' });
      index += 1;
    }
  }
  return units;
}

/**
 * What textRelevance compares: Chinese has no spaces, so overlapping character pairs stand in for words
 * (红外镜头 → 红外, 外镜, 镜头); ASCII is compared by whole lower-case words; synonyms by their group.
 */
export function textFeatures(text: string): TextFeature[] {
  const units = unitsOf(text);
  const features: TextFeature[] = [];
  units.forEach((unit, index) => {
    if (unit.kind === 'synonym') {
      // Worth as much as the character pairs it stands for, so a synonym is not a lesser match.
      features.push({ keys: unit.keys, weight: Math.max(1, unit.length - 1) });
    } else if (unit.kind === 'word') {
      features.push({ keys: [`w:${unit.word}`], weight: /^\d+$/.test(unit.word) ? NUMBER_WEIGHT : 1 });
    } else if (unit.kind === 'han') {
      const next = units[index + 1];
      const previous = units[index - 1];
      if (next?.kind === 'han') {
        const pair = unit.char + next.char;
        features.push({
          keys: [`b:${pair}`],
          weight: UNINFORMATIVE_BIGRAMS.has(pair) ? UNINFORMATIVE_BIGRAM_WEIGHT : 1,
        });
      } else if (previous?.kind !== 'han') {
        features.push({ keys: [`c:${unit.char}`], weight: LONE_CHARACTER_WEIGHT });
      }
    }
  });
  return features;
}
