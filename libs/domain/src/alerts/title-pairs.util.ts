import { normaliseMatchText } from '../matching/normalise-match-text.util.js';
import { UNINFORMATIVE_BIGRAMS } from './uninformative-bigrams.constant.js';
import { ALERT_TITLE_STOP_PAIRS } from './alert-similarity.constant.js';

const WORD = /[a-z0-9]+/g;

/**
 * The features of a title that alert relevance compares: Chinese has no spaces, so overlapping
 * character pairs stand in for words (无人机 → 无人, 人机), a lone character for itself; Latin letters and
 * digits count as whole lower-case words. Pairs that every title contains are left out.
 */
export function titlePairs(title: string): ReadonlySet<string> {
  const text = normaliseMatchText(title);
  const features = new Set<string>();
  for (const run of text.split(/[^\p{Script=Han}]+/u)) {
    const chars = Array.from(run);
    if (chars.length === 1) features.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i += 1) {
      const pair = chars[i]! + chars[i + 1]!;
      if (!UNINFORMATIVE_BIGRAMS.has(pair) && !ALERT_TITLE_STOP_PAIRS.has(pair)) features.add(pair);
    }
  }
  for (const word of text.match(WORD) ?? []) features.add(`w:${word}`);
  return features;
}
