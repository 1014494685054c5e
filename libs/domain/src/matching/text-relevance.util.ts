import {
  LOOKALIKE_PENALTY,
  LOT_CREDIT,
  MATCHED_TERM_MIN_COVERAGE,
  PAIR_FALLBACK_CREDIT,
} from './match-thresholds.constant.js';
import { type TextRelevance } from './match.types.js';
import { type DemandFeature, type PreparedDemand, type PreparedTerm } from './prepare-demand.util.js';
import { type ProfileFeatures } from './profile-features.util.js';

/** The profile names a look-alike of the feature (排爆 for 防爆) and not the feature itself. */
function namesLookalike(feature: DemandFeature, profile: ProfileFeatures): boolean {
  return feature.lookalikes.some((key) => (profile[key] ?? 0) > 0);
}

/**
 * How much of one term the profile covers, 0..1: per feature (concept, character pair, word), how much of it
 * the profile holds at the weight of the field it is found in (its best key; failing all, the mean of its
 * character pairs at PAIR_FALLBACK_CREDIT, unless the profile names a look-alike), weighted by the feature's
 * weight; a term found only through broader concepts or characters while the profile names a look-alike is
 * penalised by LOOKALIKE_PENALTY. Written without allocations: it runs for every candidate and term.
 */
function termCoverage(term: PreparedTerm, profile: ProfileFeatures): number {
  let found = 0;
  let total = 0;
  let lookalike = false;
  for (const feature of term.features) {
    let best = 0;
    for (const [, share] of feature.keys) if (share > best) best = share;
    let value = 0;
    // Found as itself (at its best key), not only through a broader concept or some of its characters.
    let exact = false;
    for (const [key, share] of feature.keys) {
      const held = (profile[key] ?? 0) * share;
      if (held > value) value = held;
      if (held > 0 && share === best) exact = true;
    }
    if (value === 0 && feature.pairs.length > 0 && !namesLookalike(feature, profile)) {
      let pairs = 0;
      for (const key of feature.pairs) pairs += profile[key] ?? 0;
      value = (PAIR_FALLBACK_CREDIT * pairs) / feature.pairs.length;
    }
    found += feature.weight * value;
    total += feature.weight;
    if (!exact && !lookalike) lookalike = namesLookalike(feature, profile);
  }
  if (total === 0) return 0;
  return (found / total) * (lookalike ? 1 - LOOKALIKE_PENALTY : 1);
}

function weightedMean(indexes: readonly number[], terms: readonly PreparedTerm[], coverage: readonly number[]): number {
  let weighted = 0;
  let total = 0;
  for (const index of indexes) {
    const term = terms[index];
    if (term === undefined) continue;
    weighted += term.weight * (coverage[index] ?? 0);
    total += term.weight;
  }
  return total === 0 ? 0 : weighted / total;
}

/**
 * How well a firm's profile covers a demand's key terms, 0..1: per term, the weighted share of its features
 * (concepts, character pairs, words) the profile holds, at the weight of the field each is found in; then
 * the terms' weighted mean. A notice with numbered lots is also read lot by lot: a firm that covers one lot
 * well is a reasonable supplier, at LOT_CREDIT of that lot's coverage, so one covering them all ranks first.
 */
export function textRelevance(demand: PreparedDemand, profile: ProfileFeatures): TextRelevance {
  const coverage = demand.terms.map((term) => termCoverage(term, profile));
  const all = demand.terms.map((_, index) => index);
  let value = weightedMean(all, demand.terms, coverage);
  for (const lot of demand.lots) value = Math.max(value, LOT_CREDIT * weightedMean(lot, demand.terms, coverage));
  return {
    value: Math.round(value * 10_000) / 10_000,
    matchedTerms: demand.terms.filter((_, index) => (coverage[index] ?? 0) >= MATCHED_TERM_MIN_COVERAGE).map((term) => term.term),
  };
}
