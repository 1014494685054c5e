import { extractKeyTerms } from './extract-key-terms.util.js';
import { featureWeight } from './feature-weight.util.js';
import { type FeatureFrequencies, type MatchContext } from './match-context.types.js';
import { lotsOf } from './lots-of.util.js';
import { KEY_TERM_SOURCE_SHARE, TITLE_MODIFIER_FACTOR } from './key-term-weight.constant.js';
import { BROADER_ONLY_FIT, HEAD_WEIGHT, LONE_CHARACTER_WEIGHT, NUMBER_WEIGHT } from './match-thresholds.constant.js';
import { type KeyTerm } from './match.types.js';
import { relevancePlan } from './text-relevance.util.js';
import { normaliseMatchText } from './normalise-match-text.util.js';
import {
  characterPairs,
  charKey,
  conceptKey,
  mentionKey,
  pairKey,
  textUnits,
  wordKey,
} from './text-features.util.js';

/** One thing a firm's profile is searched for: a concept, a character pair, a character or a word. */
export interface DemandFeature {
  /** Profile keys that satisfy it, each with the share of credit it earns (1, less for a broader concept). */
  keys: ReadonlyArray<readonly [string, number]>;
  /** Character pairs of a vocabulary term, for partial credit when the profile names none of its keys. */
  pairs: readonly string[];
  /** Mentions (mentionKey) of concepts that look like it and are not it: a profile naming one is marked down. */
  lookalikes: readonly string[];
  /** Its length in pairs times how much finding it says (featureWeight). */
  weight: number;
}

export interface PreparedTerm {
  term: string;
  source: KeyTerm['source'];
  /** The key term's weight times the square root of its features' weight. */
  weight: number;
  features: DemandFeature[];
}

/**
 * A demand's text made ready for scoring many firms: its key terms with their features and weights, and
 * its lots (indexes into `terms`). Terms whose every feature no profile contains are kept out of the score
 * and listed in `unmatched`, to tell the procurer which of its words no supplier uses.
 */
export interface PreparedDemand {
  terms: PreparedTerm[];
  lots: number[][];
  unmatched: string[];
}

function maxShareKeys(keys: ReadonlyArray<readonly [string, number]>): string[] {
  const best = Math.max(0, ...keys.map(([, share]) => share));
  return keys.filter(([, share]) => share === best).map(([key]) => key);
}

function termFeatures(term: string, context: MatchContext): DemandFeature[] {
  const { vocabulary, frequencies } = context;
  const weightOf = (key: string): number => featureWeight(key, frequencies);
  const features: DemandFeature[] = [];
  for (const unit of textUnits(term, vocabulary)) {
    if (unit.kind === 'word') {
      const base = /^\d+$/u.test(unit.text) ? NUMBER_WEIGHT : 1;
      const key = wordKey(unit.text);
      features.push({ keys: [[key, 1]], pairs: [], lookalikes: [], weight: base * weightOf(key) });
    } else if (unit.kind === 'han') {
      const pairs = characterPairs(unit.text);
      if (pairs.length === 0) {
        const key = charKey(unit.text);
        features.push({ keys: [[key, 1]], pairs: [], lookalikes: [], weight: LONE_CHARACTER_WEIGHT * weightOf(key) });
      }
      for (const pair of pairs) {
        const key = pairKey(pair);
        features.push({ keys: [[key, 1]], pairs: [], lookalikes: [], weight: weightOf(key) });
      }
    } else {
      const keys: Array<readonly [string, number]> = [];
      const lookalikes = new Set<string>();
      for (const sense of unit.senses) {
        keys.push([conceptKey(sense.concept), sense.weight]);
        for (const broader of vocabulary.broader.get(sense.concept) ?? [])
          keys.push([conceptKey(broader), sense.weight * BROADER_ONLY_FIT]);
      }
      // Look-alikes of the term and of every term inside it (排爆 in 排爆机器人 looks like 防爆).
      const chars = Array.from(unit.text);
      for (let start = 0; start < chars.length; start += 1)
        for (let end = start + 1; end <= chars.length; end += 1)
          for (const sense of vocabulary.senses.get(chars.slice(start, end).join('')) ?? [])
            for (const lookalike of vocabulary.lookalikes.get(sense.concept) ?? []) lookalikes.add(mentionKey(lookalike));
      const pairs = characterPairs(unit.text);
      // A concept weighs what its characters would as pairs, so a vocabulary term is not a lesser match.
      const length = Math.max(1, Array.from(unit.text).length - 1);
      const conceptWeight = Math.max(0, ...maxShareKeys(keys).map(weightOf));
      // No firm names the concept: what its characters share with profiles still counts, weighed by them.
      const pairWeight =
        pairs.length === 0 ? 0 : pairs.reduce((sum, pair) => sum + weightOf(pairKey(pair)), 0) / pairs.length;
      features.push({
        keys,
        pairs: pairs.map(pairKey),
        lookalikes: [...lookalikes],
        weight: length * (conceptWeight > 0 ? conceptWeight : pairWeight),
      });
    }
  }
  // Chinese compounds put the head last (防寒睡袋 is a 睡袋): a firm naming the head makes the kind of thing
  // wanted, one naming only the modifier (防寒服) does not.
  const head = features.at(-1);
  if (head !== undefined) head.weight *= HEAD_WEIGHT;
  return features.filter((feature) => feature.weight > 0);
}

/**
 * How specific a key term is among the platform's demands, 0..1: the inverse document frequency over
 * published demands, like featureWeight over profiles, but a term is always counted in at least one demand
 * (its own), so a new term weighs 1 and one every demand uses little.
 */
export function demandSpecificity(term: string, demandFrequencies: FeatureFrequencies | null): number {
  if (demandFrequencies === null || demandFrequencies.documents <= 1) return 1;
  const count = Math.max(1, demandFrequencies.counts[normaliseMatchText(term)] ?? 0);
  const documents = Math.max(demandFrequencies.documents, count);
  return Math.log(1 + documents / count) / Math.log(1 + documents);
}

/** Key terms made ready for scoring; `lotTexts` are the lots of the description (lotsOf), if any. */
export function prepareTerms(
  keyTerms: readonly KeyTerm[],
  context: MatchContext,
  lotTexts: readonly string[] = [],
): PreparedDemand {
  const terms: PreparedTerm[] = [];
  const unmatched: string[] = [];
  for (const keyTerm of keyTerms) {
    const features = termFeatures(keyTerm.term, context);
    const featureWeight = features.reduce((sum, feature) => sum + feature.weight, 0);
    if (featureWeight === 0 || keyTerm.weight <= 0) {
      unmatched.push(keyTerm.term);
      continue;
    }
    // A longer phrase names something more specific than a two-character word, so it counts more; the
    // square root keeps one long phrase from drowning out the rest.
    terms.push({
      term: keyTerm.term,
      source: keyTerm.source,
      weight: keyTerm.weight * Math.sqrt(featureWeight) * demandSpecificity(keyTerm.term, context.demandFrequencies ?? null),
      features,
    });
  }
  // A title is one noun phrase cut into terms; like a compound it puts what is bought last (野外驻训|油料保障器材,
  // 冬季驻训|防寒睡袋): the terms before the last one say where, when or for what, and count half.
  const titleTerms = terms.filter((term) => term.source === 'title');
  for (const term of titleTerms.slice(0, -1)) term.weight *= TITLE_MODIFIER_FACTOR;
  // The title names what is wanted in a few words; the description restates it among conditions and
  // specifications, in many more. Each source counts for its share of the whole, however many terms it has.
  for (const source of ['title', 'description'] as const) {
    const total = terms.filter((term) => term.source === source).reduce((sum, term) => sum + term.weight, 0);
    const others = terms.filter((term) => term.source !== source).reduce((sum, term) => sum + term.weight, 0);
    if (total === 0 || others === 0) continue;
    const share = KEY_TERM_SOURCE_SHARE[source];
    for (const term of terms) if (term.source === source) term.weight = (term.weight / total) * share;
  }
  const lots = lotTexts.map((lot) => {
    const text = normaliseMatchText(lot);
    return terms.flatMap((term, index) =>
      term.source === 'description' && text.includes(normaliseMatchText(term.term)) ? [index] : [],
    );
  });
  return { terms, lots: lots.filter((lot) => lot.length > 0), unmatched };
}

/** A demand's title and description made ready for scoring many firms (see PreparedDemand). */
export function prepareDemand(title: string, description: string, context: MatchContext): PreparedDemand {
  return prepareTerms(extractKeyTerms(title, description), context, lotsOf(description));
}

/** A demand's key terms as the demand-frequency count reads them (normalised). */
export function demandKeyTerms(title: string, description: string): string[] {
  return [...new Set(extractKeyTerms(title, description).map((term) => normaliseMatchText(term.term)))];
}

/** Every profile key scoring a prepared demand may read: its features' keys, pairs and look-alikes. */
export function preparedDemandKeys(prepared: PreparedDemand): string[] {
  return [...relevancePlan(prepared).keys];
}

/** Every profile key a demand's scoring may read, to fetch just their document frequencies. */
export function demandFeatureKeys(title: string, description: string, context: MatchContext): string[] {
  return preparedDemandKeys(prepareDemand(title, description, { ...context, frequencies: null }));
}
