import { MATCHED_TERM_MIN_COVERAGE } from './match-thresholds.constant.js';
import { type EnterpriseForMatching, type KeyTerm, type TextRelevance } from './match.types.js';
import { normaliseMatchText } from './normalise-match-text.util.js';
import { TEXT_FIELD_WEIGHTS } from './text-field-weights.constant.js';
import { textFeatures } from './text-features.util.js';

const HAN_GLOBAL = /\p{Script=Han}/gu;

/** Every feature of the profile with the weight of the most telling field it appears in. */
function profileIndex(enterprise: EnterpriseForMatching): Map<string, number> {
  const index = new Map<string, number>();
  const record = (key: string, weight: number): void => {
    if ((index.get(key) ?? 0) < weight) index.set(key, weight);
  };
  const fields: ReadonlyArray<readonly [readonly string[], number]> = [
    [enterprise.products, TEXT_FIELD_WEIGHTS.products],
    [enterprise.capabilities, TEXT_FIELD_WEIGHTS.capabilities],
    [enterprise.equipment, TEXT_FIELD_WEIGHTS.equipment],
    [[enterprise.summary], TEXT_FIELD_WEIGHTS.summary],
    [[enterprise.name], TEXT_FIELD_WEIGHTS.name],
  ];
  for (const [texts, weight] of fields) {
    // Items are matched one by one: a pair spanning two products ("…罩" + "天线…") is not in the profile.
    for (const text of texts) {
      for (const feature of textFeatures(text)) feature.keys.forEach((key) => record(key, weight));
      // A lone character of a demand term may sit inside any word of the profile.
      for (const char of normaliseMatchText(text).match(HAN_GLOBAL) ?? []) record(`c:${char}`, weight);
    }
  }
  return index;
}

/**
 * How well a firm's profile covers a demand's key terms, 0..1: per term, the weighted share of its
 * features (character pairs, words, synonym groups) found in the profile, each counted at the weight of
 * the field it is found in; then the terms' mean, weighted by the term's weight times the square root of
 * its features' weight. A term no firm uses (an unknown word,
 * a place name) lowers every firm's value alike and never zeroes a firm that matches the other terms.
 */
export function textRelevance(terms: readonly KeyTerm[], enterprise: EnterpriseForMatching): TextRelevance {
  const index = profileIndex(enterprise);
  let weighted = 0;
  let totalWeight = 0;
  const matchedTerms: string[] = [];
  for (const term of terms) {
    const features = textFeatures(term.term);
    const featureWeight = features.reduce((sum, feature) => sum + feature.weight, 0);
    if (featureWeight === 0 || term.weight <= 0) continue;
    const found = features.reduce(
      (sum, feature) => sum + feature.weight * Math.max(0, ...feature.keys.map((key) => index.get(key) ?? 0)),
      0,
    );
    const coverage = found / featureWeight;
    // A longer phrase names something more specific than a two-character word, so it counts more; the
    // square root keeps one long phrase from drowning out the rest.
    const weight = term.weight * Math.sqrt(featureWeight);
    weighted += weight * coverage;
    totalWeight += weight;
    if (coverage >= MATCHED_TERM_MIN_COVERAGE) matchedTerms.push(term.term);
  }
  const value = totalWeight === 0 ? 0 : Math.round((weighted / totalWeight) * 10_000) / 10_000;
  return { value, matchedTerms };
}
