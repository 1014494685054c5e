import type { CompiledVocabulary } from '../vocabulary/vocabulary.types.js';

/**
 * In how many published profiles each text feature occurs (document frequency), counted over the whole
 * platform by a job. A feature most firms share says little about which one makes what is wanted, and one
 * no firm uses (procurement boilerplate: 公告, 询价, 驻训) cannot tell firms apart at all.
 */
export interface FeatureFrequencies {
  /** How many profiles were counted. */
  documents: number;
  /** Feature key → profiles containing it. A key that is absent occurs in none. */
  counts: Readonly<Record<string, number>>;
}

/** What matching reads besides the demand and the firm: the vocabulary and the platform's statistics. */
export interface MatchContext {
  vocabulary: CompiledVocabulary;
  /** Null before the first count (a new platform): every feature then weighs the same. */
  frequencies: FeatureFrequencies | null;
  /**
   * In how many published demands each key term (normalised) occurs. A term most demands share names the
   * occasion (野外驻训, 营区, 冬季) or the procedure, not what is bought: it counts less. Absent: all alike.
   */
  demandFrequencies?: FeatureFrequencies | null;
}
