import type { CompiledVocabulary, TermSense } from '../vocabulary/vocabulary.types.js';
import { NARROWER_FITS_BROADER } from './match-thresholds.constant.js';
import { type EnterpriseForMatching } from './match.types.js';
import { normaliseMatchText } from './normalise-match-text.util.js';
import { TEXT_FIELD_WEIGHTS } from './text-field-weights.constant.js';
import {
  characterPairs,
  charKey,
  conceptKey,
  mentionKey,
  pairKey,
  textUnits,
  wordKey,
} from './text-features.util.js';

/**
 * A firm's profile as matching reads it: every feature (concept, character pair, lone character, ASCII
 * word) with the weight of the most telling field it occurs in (products and capabilities 1 … name 0.5).
 * Computed once when the profile is indexed and stored with it, so that scoring a candidate is lookups.
 */
export type ProfileFeatures = Readonly<Record<string, number>>;

/** The profile fields matching reads, in the order of TEXT_FIELD_WEIGHTS. */
export type ProfileText = Pick<EnterpriseForMatching, 'name' | 'summary' | 'products' | 'capabilities' | 'equipment'>;

export function profileFeatures(profile: ProfileText, vocabulary: CompiledVocabulary): ProfileFeatures {
  // Without a prototype, so V8 keeps it a dictionary from the start: an ordinary object given hundreds of
  // keys never seen together before went through a hidden class per key, shared by every profile, and the
  // rebuild at 10⁵ firms spent most of its time there.
  const index: Record<string, number> = Object.create(null) as Record<string, number>;
  const prefixes = vocabulary.termPrefixes;
  const record = (key: string, weight: number): void => {
    if ((index[key] ?? 0) < weight) index[key] = weight;
  };
  const fields: ReadonlyArray<readonly [readonly string[], number]> = [
    [profile.products, TEXT_FIELD_WEIGHTS.products],
    [profile.capabilities, TEXT_FIELD_WEIGHTS.capabilities],
    [profile.equipment, TEXT_FIELD_WEIGHTS.equipment],
    [[profile.summary], TEXT_FIELD_WEIGHTS.summary],
    [[profile.name], TEXT_FIELD_WEIGHTS.name],
  ];
  for (const [texts, weight] of fields) {
    // Items are read one by one: a pair spanning two products ("…罩" + "天线…") is not in the profile.
    for (const text of texts) {
      for (const unit of textUnits(text, vocabulary)) {
        if (unit.kind === 'word') record(wordKey(unit.text), weight);
        if (unit.kind !== 'term') continue;
        const recordConcepts = (senses: readonly TermSense[], share: number): void => {
          for (const sense of senses) {
            record(conceptKey(sense.concept), weight * sense.weight * share);
            // A firm making 除湿机 makes a kind of 除湿设备: it fits a demand for the broader thing, a little less.
            for (const broader of vocabulary.broader.get(sense.concept) ?? [])
              record(conceptKey(broader), weight * sense.weight * share * NARROWER_FITS_BROADER);
          }
        };
        recordConcepts(unit.senses, 1);
        // Chinese compounds put the head last: 排爆机器人 is a 机器人, 仿古青砖 a 青砖, but 青砖茶 is no 青砖. A
        // term ending the longer term counts as its broader thing; every term inside is a mention.
        const chars = Array.from(unit.text);
        for (let start = 0; start < chars.length; start += 1) {
          let inside = '';
          for (let end = start + 1; end <= chars.length; end += 1) {
            inside += chars[end - 1];
            if (!prefixes.has(inside)) break;
            if (start === 0 && end === chars.length) continue;
            const senses = vocabulary.senses.get(inside);
            if (senses === undefined) continue;
            senses.forEach((sense) => record(mentionKey(sense.concept), weight));
            if (end === chars.length) recordConcepts(senses, NARROWER_FITS_BROADER);
          }
        }
        unit.senses.forEach((sense) => record(mentionKey(sense.concept), weight));
      }
      // Pairs and characters run across term boundaries, so partial overlaps are found whatever the terms.
      for (const run of normaliseMatchText(text).match(/\p{Script=Han}+/gu) ?? []) {
        for (const pair of characterPairs(run)) record(pairKey(pair), weight);
        for (const char of run) record(charKey(char), weight);
      }
    }
  }
  return index;
}

/** The keys of a profile, for counting document frequencies. */
export const profileFeatureKeys = (features: ProfileFeatures): string[] => Object.keys(features);
