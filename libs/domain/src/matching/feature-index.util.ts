import { type CompactFeatures, compactFeatures, FeatureDictionary } from './compact-features.util.js';
import { type FeatureFrequencies } from './match-context.types.js';
import { LOT_CREDIT, PAIR_FALLBACK_CREDIT } from './match-thresholds.constant.js';
import { type TextRelevance } from './match.types.js';
import { type PreparedDemand } from './prepare-demand.util.js';
import { type ProfileFeatures } from './profile-features.util.js';
import { mentionKey } from './text-features.util.js';
import { relevanceOf, type RelevancePlan } from './text-relevance.util.js';

/** A firm as the index holds it: its features interned, and whatever the caller keeps beside them. */
export interface IndexedFirm<Extra> {
  readonly id: string;
  readonly features: CompactFeatures;
  readonly extra: Extra;
}

/** The slots of the firms holding one key, and each firm's weight code for it (growable). */
interface Postings {
  slots: Uint32Array;
  weights: Uint16Array;
  length: number;
}

const MENTION_PREFIX = mentionKey('');
/** Dead slots tolerated before the postings are rebuilt from the live firms. */
const COMPACT_AFTER_DEAD = 10_000;
/** textRelevance rounds to four decimals: a raw value up to half of this under the threshold may still reach it. */
const ROUNDING = 0.000_1;

function grow(postings: Postings): void {
  const capacity = Math.max(4, postings.slots.length * 2);
  const slots = new Uint32Array(capacity);
  slots.set(postings.slots.subarray(0, postings.length));
  const weights = new Uint16Array(capacity);
  weights.set(postings.weights.subarray(0, postings.length));
  postings.slots = slots;
  postings.weights = weights;
}

/**
 * What each profile key contributes, at most, to a demand's text relevance per unit of the firm's weight
 * for it, in each scope textRelevance takes the maximum of (all terms, then each lot at LOT_CREDIT).
 *
 * textRelevance is a weighted mean over terms of their coverage, and a term's coverage is a weighted mean
 * over its features of how much of each the profile holds: the best of its keys (weight × share), or, when
 * it holds none, PAIR_FALLBACK_CREDIT times the mean of its pairs. Summing every key's and every pair's
 * credit instead of taking the best, and leaving the look-alike penalty out, can only count more: the sum
 * of these contributions over a firm's keys bounds its relevance from above.
 */
export function relevanceBounds(prepared: PreparedDemand): Map<string, number[]> {
  const scopes: Array<{ terms: readonly number[]; credit: number }> = [
    { terms: prepared.terms.map((_, index) => index), credit: 1 },
    ...prepared.lots.map((terms) => ({ terms, credit: LOT_CREDIT })),
  ];
  const bounds = new Map<string, number[]>();
  const add = (key: string, scope: number, value: number): void => {
    let row = bounds.get(key);
    if (row === undefined) {
      row = new Array<number>(scopes.length).fill(0);
      bounds.set(key, row);
    }
    row[scope] = (row[scope] ?? 0) + value;
  };
  scopes.forEach(({ terms, credit }, scope) => {
    const total = terms.reduce((sum, index) => sum + (prepared.terms[index]?.weight ?? 0), 0);
    if (total === 0) return;
    for (const index of terms) {
      const term = prepared.terms[index];
      if (term === undefined) continue;
      const featureTotal = term.features.reduce((sum, feature) => sum + feature.weight, 0);
      if (featureTotal === 0) continue;
      for (const feature of term.features) {
        const share = ((credit * term.weight) / total) * (feature.weight / featureTotal);
        for (const [key, keyShare] of feature.keys) add(key, scope, share * keyShare);
        for (const key of feature.pairs) add(key, scope, (share * PAIR_FALLBACK_CREDIT) / feature.pairs.length);
      }
    }
  });
  return bounds;
}

/** Highest bound first, then by firm id (an order for retrieve's results). */
export function byBound<Extra>(a: { firm: IndexedFirm<Extra>; bound: number }, b: { firm: IndexedFirm<Extra>; bound: number }): number {
  return b.bound - a.bound || (a.firm.id < b.firm.id ? -1 : a.firm.id > b.firm.id ? 1 : 0);
}

/**
 * Every firm's text features in memory, interned, with an inverted index from each key to the firms that
 * hold it: a matching worker finds a demand's candidates here, all of them (no search-engine page limit),
 * by adding up each firm's bound on its relevance from the postings of the demand's keys, and scores
 * exactly only the firms whose bound reaches the threshold.
 *
 * A firm that changes takes a new slot (its old one is dead: skipped, and dropped when the postings are
 * rebuilt), so postings only ever grow between rebuilds. Mentions (look-alike checks) are kept in the
 * firm's features but not indexed: no demand is retrieved by them.
 */
export class FeatureIndex<Extra> {
  readonly dictionary = new FeatureDictionary();
  private slots: Array<IndexedFirm<Extra> | null> = [];
  private readonly slotOf = new Map<string, number>();
  private postings: Postings[] = [];
  /** Live firms holding each key id: the document frequency. */
  private documents: number[] = [];
  private dead = 0;
  /** Each key number's position among a plan's keys while relevances() runs, else -1 (kept between calls). */
  private positions = new Int32Array(0);

  get size(): number {
    return this.slotOf.size;
  }

  get(id: string): IndexedFirm<Extra> | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : (this.slots[slot] ?? undefined);
  }

  /** Adds the firm, or replaces what the index held for it. */
  put(id: string, features: ProfileFeatures, extra: Extra): void {
    this.remove(id);
    const firm: IndexedFirm<Extra> = { id, features: compactFeatures(features, this.dictionary), extra };
    const slot = this.slots.length;
    this.slots.push(firm);
    this.slotOf.set(id, slot);
    this.post(slot, firm.features);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const firm = this.slots[slot];
    this.slotOf.delete(id);
    this.slots[slot] = null;
    this.dead += 1;
    if (firm)
      for (const keyId of firm.features.ids) this.documents[keyId] = (this.documents[keyId] ?? 1) - 1;
    if (this.dead >= COMPACT_AFTER_DEAD && this.dead >= this.slotOf.size) this.rebuild();
  }

  /** Every live firm (for a scan by facts). */
  *firms(): IterableIterator<IndexedFirm<Extra>> {
    for (const firm of this.slots) if (firm) yield firm;
  }

  /** Document frequencies of these keys over the firms held, as FeatureFrequencies. */
  frequencies(keys: readonly string[]): FeatureFrequencies {
    const counts: Record<string, number> = {};
    for (const key of keys) {
      const id = this.dictionary.find(key);
      const count = id === undefined ? 0 : (this.documents[id] ?? 0);
      if (count > 0) counts[key] = count;
    }
    return { documents: this.size, counts };
  }

  /**
   * The text relevance of each firm to the demand `plan` was made from (in the order given), exactly as
   * textRelevance gives it from the firm's full features: each firm's values of the plan's keys are read
   * straight from its interned features, through a table from key number to the plan's position.
   */
  relevances(plan: RelevancePlan, firms: ReadonlyArray<IndexedFirm<Extra>>): TextRelevance[] {
    const dictionarySize = this.dictionary.size;
    if (this.positions.length < dictionarySize) {
      const grown = new Int32Array(Math.max(dictionarySize, this.positions.length * 2)).fill(-1);
      grown.set(this.positions);
      this.positions = grown;
    }
    const positions = this.positions;
    const set: number[] = [];
    plan.keys.forEach((key, position) => {
      const id = this.dictionary.find(key);
      if (id === undefined) return;
      positions[id] = position;
      set.push(id);
    });
    const values = new Float64Array(plan.keys.length);
    try {
      return firms.map(({ features: { ids, weights } }) => {
        values.fill(0);
        for (let index = 0; index < ids.length; index += 1) {
          const position = positions[ids[index] as number] as number;
          if (position >= 0) values[position] = this.dictionary.weightOf(weights[index] as number);
        }
        return relevanceOf(plan, values);
      });
    } finally {
      for (const id of set) positions[id] = -1;
    }
  }

  /**
   * Every firm whose relevance to the demand may reach `minRelevance` (by relevanceBounds: a superset of
   * the firms textRelevance puts at or above it), with its bound, in no particular order (byBound ranks
   * them; matching scores them all, and sorting thousands a demand cost more than finding them).
   */
  retrieve(prepared: PreparedDemand, minRelevance: number): Array<{ firm: IndexedFirm<Extra>; bound: number }> {
    const bounds = relevanceBounds(prepared);
    const scopes = prepared.lots.length + 1;
    const sums = Array.from({ length: scopes }, () => new Float64Array(this.slots.length));
    for (const [key, row] of bounds) {
      const id = this.dictionary.find(key);
      const postings = id === undefined ? undefined : this.postings[id];
      if (postings === undefined) continue;
      const { slots, weights, length } = postings;
      for (let scope = 0; scope < scopes; scope += 1) {
        const factor = row[scope] ?? 0;
        if (factor === 0) continue;
        const sum = sums[scope] as Float64Array;
        for (let index = 0; index < length; index += 1) {
          const slot = slots[index] as number;
          sum[slot] = (sum[slot] as number) + factor * this.dictionary.weightOf(weights[index] as number);
        }
      }
    }
    const found: Array<{ firm: IndexedFirm<Extra>; bound: number }> = [];
    const all = sums[0] as Float64Array;
    for (let slot = 0; slot < all.length; slot += 1) {
      let bound = all[slot] as number;
      for (let scope = 1; scope < scopes; scope += 1) bound = Math.max(bound, (sums[scope] as Float64Array)[slot] as number);
      if (bound < minRelevance - ROUNDING) continue;
      const firm = this.slots[slot];
      if (firm) found.push({ firm, bound });
    }
    return found;
  }

  private post(slot: number, features: CompactFeatures): void {
    for (let index = 0; index < features.ids.length; index += 1) {
      const keyId = features.ids[index] as number;
      this.documents[keyId] = (this.documents[keyId] ?? 0) + 1;
      if (this.dictionary.keyOf(keyId)?.startsWith(MENTION_PREFIX)) continue;
      let postings = this.postings[keyId];
      if (postings === undefined) {
        postings = { slots: new Uint32Array(0), weights: new Uint16Array(0), length: 0 };
        this.postings[keyId] = postings;
      }
      if (postings.length === postings.slots.length) grow(postings);
      postings.slots[postings.length] = slot;
      postings.weights[postings.length] = features.weights[index] as number;
      postings.length += 1;
    }
  }

  /** Renumbers the live firms and posts them again, dropping the dead slots. */
  private rebuild(): void {
    const live = this.slots.filter((firm): firm is IndexedFirm<Extra> => firm !== null);
    this.slots = [];
    this.slotOf.clear();
    this.postings = [];
    this.documents = [];
    this.dead = 0;
    for (const firm of live) {
      const slot = this.slots.length;
      this.slots.push(firm);
      this.slotOf.set(firm.id, slot);
      this.post(slot, firm.features);
    }
  }
}
