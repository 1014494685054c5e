import {
  LOOKALIKE_PENALTY,
  LOT_CREDIT,
  MATCHED_TERM_MIN_COVERAGE,
  PAIR_FALLBACK_CREDIT,
} from './match-thresholds.constant.js';
import { type TextRelevance } from './match.types.js';
import { type PreparedDemand } from './prepare-demand.util.js';
import { type ProfileFeatures } from './profile-features.util.js';

/** A DemandFeature with its profile keys as their numbers in RelevancePlan.keys. */
interface PlannedFeature {
  readonly weight: number;
  readonly keys: Int32Array;
  /** The share of credit each of `keys` earns, in the same order. */
  readonly shares: Float64Array;
  /** The largest of `shares`: a key earning it is the feature itself, not a broader concept. */
  readonly best: number;
  readonly pairs: Int32Array;
  readonly lookalikes: Int32Array;
}

interface PlannedTerm {
  readonly term: string;
  readonly weight: number;
  readonly features: readonly PlannedFeature[];
}

/**
 * A prepared demand made ready to score many profiles: every profile key its scoring reads (its features'
 * keys, pairs and look-alikes) numbered once, so that a profile is scored from an array of those keys'
 * values (relevanceOf) instead of looking each key up by name, and a matching worker can fill that array
 * straight from a firm's interned features (FeatureIndex.relevances) without building an object per firm.
 */
export interface RelevancePlan {
  /** The profile keys scoring reads, each once; a profile is given to relevanceOf as their values in this order. */
  readonly keys: readonly string[];
  readonly terms: readonly PlannedTerm[];
  /** Every term's index: the scope the relevance is first read over, then each lot. */
  readonly all: readonly number[];
  readonly lots: ReadonlyArray<readonly number[]>;
  /** Each term's coverage of the profile being scored (relevanceOf is synchronous, so one array serves every call). */
  readonly coverage: Float64Array;
}

export function relevancePlan(demand: PreparedDemand): RelevancePlan {
  const numbers = new Map<string, number>();
  const keys: string[] = [];
  const numberOf = (key: string): number => {
    let number = numbers.get(key);
    if (number === undefined) {
      number = keys.length;
      numbers.set(key, number);
      keys.push(key);
    }
    return number;
  };
  const terms = demand.terms.map((term) => ({
    term: term.term,
    weight: term.weight,
    features: term.features.map((feature) => ({
      weight: feature.weight,
      keys: Int32Array.from(feature.keys, ([key]) => numberOf(key)),
      shares: Float64Array.from(feature.keys, ([, share]) => share),
      best: feature.keys.reduce((best, [, share]) => (share > best ? share : best), 0),
      pairs: Int32Array.from(feature.pairs, numberOf),
      lookalikes: Int32Array.from(feature.lookalikes, numberOf),
    })),
  }));
  return { keys, terms, all: terms.map((_, index) => index), lots: demand.lots, coverage: new Float64Array(terms.length) };
}

/** The profile names a look-alike of the feature (排爆 for 防爆) and not the feature itself. */
function namesLookalike(feature: PlannedFeature, values: ArrayLike<number>): boolean {
  for (let index = 0; index < feature.lookalikes.length; index += 1)
    if ((values[feature.lookalikes[index] as number] as number) > 0) return true;
  return false;
}

/**
 * How much of one term the profile covers, 0..1: per feature (concept, character pair, word), how much of it
 * the profile holds at the weight of the field it is found in (its best key; failing all, the mean of its
 * character pairs at PAIR_FALLBACK_CREDIT, unless the profile names a look-alike), weighted by the feature's
 * weight; a term found only through broader concepts or characters while the profile names a look-alike is
 * penalised by LOOKALIKE_PENALTY. Written without allocations: it runs for every candidate and term.
 */
function termCoverage(term: PlannedTerm, values: ArrayLike<number>): number {
  let found = 0;
  let total = 0;
  let lookalike = false;
  for (const feature of term.features) {
    let value = 0;
    // Found as itself (at its best key), not only through a broader concept or some of its characters.
    let exact = false;
    for (let index = 0; index < feature.keys.length; index += 1) {
      const share = feature.shares[index] as number;
      const held = (values[feature.keys[index] as number] as number) * share;
      if (held > value) value = held;
      if (held > 0 && share === feature.best) exact = true;
    }
    if (value === 0 && feature.pairs.length > 0 && !namesLookalike(feature, values)) {
      let pairs = 0;
      for (let index = 0; index < feature.pairs.length; index += 1) pairs += values[feature.pairs[index] as number] as number;
      value = (PAIR_FALLBACK_CREDIT * pairs) / feature.pairs.length;
    }
    found += feature.weight * value;
    total += feature.weight;
    if (!exact && !lookalike) lookalike = namesLookalike(feature, values);
  }
  if (total === 0) return 0;
  return (found / total) * (lookalike ? 1 - LOOKALIKE_PENALTY : 1);
}

function weightedMean(indexes: readonly number[], terms: readonly PlannedTerm[], coverage: Float64Array): number {
  let weighted = 0;
  let total = 0;
  for (const index of indexes) {
    const term = terms[index];
    if (term === undefined) continue;
    weighted += term.weight * (coverage[index] as number);
    total += term.weight;
  }
  return total === 0 ? 0 : weighted / total;
}

/**
 * textRelevance of the profile whose values of `plan.keys` are `values` (0 for a key the profile lacks).
 */
export function relevanceOf(plan: RelevancePlan, values: ArrayLike<number>): TextRelevance {
  const { terms, coverage } = plan;
  for (let index = 0; index < terms.length; index += 1) coverage[index] = termCoverage(terms[index] as PlannedTerm, values);
  let value = weightedMean(plan.all, terms, coverage);
  for (const lot of plan.lots) value = Math.max(value, LOT_CREDIT * weightedMean(lot, terms, coverage));
  const matchedTerms: string[] = [];
  for (let index = 0; index < terms.length; index += 1)
    if ((coverage[index] as number) >= MATCHED_TERM_MIN_COVERAGE) matchedTerms.push((terms[index] as PlannedTerm).term);
  return { value: Math.round(value * 10_000) / 10_000, matchedTerms };
}

/**
 * How well a firm's profile covers a demand's key terms, 0..1: per term, the weighted share of its features
 * (concepts, character pairs, words) the profile holds, at the weight of the field each is found in; then
 * the terms' weighted mean. A notice with numbered lots is also read lot by lot: a firm that covers one lot
 * well is a reasonable supplier, at LOT_CREDIT of that lot's coverage, so one covering them all ranks first.
 * (One demand against many profiles: relevancePlan once, then relevanceOf for each.)
 */
export function textRelevance(demand: PreparedDemand, profile: ProfileFeatures): TextRelevance {
  return profileRelevance(relevancePlan(demand), profile);
}

/** relevanceOf for a profile's features as computed (profileFeatures), not interned. */
export function profileRelevance(plan: RelevancePlan, profile: ProfileFeatures): TextRelevance {
  return relevanceOf(
    plan,
    plan.keys.map((key) => profile[key] ?? 0),
  );
}
