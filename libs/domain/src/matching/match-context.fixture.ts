import { baseVocabulary } from '../vocabulary/base-vocabulary.js';
import { compileVocabulary } from '../vocabulary/compile-vocabulary.util.js';
import type { VocabularyGroup } from '../vocabulary/vocabulary.types.js';
import { type FeatureFrequencies, type MatchContext } from './match-context.types.js';

/** Specs score with the shipped vocabulary and no platform statistics (every feature weighs the same). */
export const CONTEXT: MatchContext = { vocabulary: baseVocabulary(), frequencies: null };

/** A context whose vocabulary is just these groups, to test one relation at a time. */
export function contextWith(groups: VocabularyGroup[], frequencies: FeatureFrequencies | null = null): MatchContext {
  return {
    vocabulary: compileVocabulary([{ version: 1, sector: 'GENERAL', title: 'test', groups }]),
    frequencies,
  };
}
