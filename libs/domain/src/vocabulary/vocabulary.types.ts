import type { SectorCode } from '../sectors/sector-code.constant.js';

/**
 * How two ways of naming things relate, from the strongest to the one that must never be expanded:
 * - `equivalent`: the same thing (不间断电源 / UPS电源). Two-way.
 * - `abbreviation`: a short or foreign form of a full name (PSA / 变压吸附, 空滤 / 空气滤清器). Two-way,
 *   counted a little lower, since a short form is more often ambiguous.
 * - `broader`: one term is a kind of the other (除湿机 is a kind of 除湿设备). One-way: a firm offering the
 *   narrower thing fits a demand for the broader one well; the reverse counts lower.
 * - `lookalike`: shares characters but is a different thing (防爆 explosion-proof ≠ 排爆 bomb disposal).
 *   Never expanded; a firm that only has the look-alike of a demand's term is marked down.
 */
export type VocabularyRelation = 'equivalent' | 'abbreviation' | 'broader' | 'lookalike';

export interface EquivalentGroup {
  relation: 'equivalent';
  /** Two or more names of one thing; the first is the preferred name. */
  terms: string[];
  /** Where the equivalence comes from (GJB/GB terminology, catalogues, notices) and why it holds. */
  reason: string;
}

export interface AbbreviationGroup {
  relation: 'abbreviation';
  /** Full names (one or more, equivalent to each other). */
  full: string[];
  /** Short forms, acronyms, English names. */
  short: string[];
  reason: string;
}

export interface BroaderGroup {
  relation: 'broader';
  broader: string;
  /** Kinds of `broader`. */
  narrower: string[];
  reason: string;
}

export interface LookalikeGroup {
  relation: 'lookalike';
  /** Exactly two terms that look alike and must not be confused. */
  terms: [string, string];
  reason: string;
}

export type VocabularyGroup = EquivalentGroup | AbbreviationGroup | BroaderGroup | LookalikeGroup;

/** One data file of the vocabulary: a trade or sector (or GENERAL), versioned. */
export interface VocabularyFile {
  /** Bumped whenever the file's groups change; the compiled vocabulary's version is derived from all files. */
  version: number;
  /** The sector the file's trades belong to, or GENERAL for terms every sector uses. */
  sector: SectorCode | 'GENERAL';
  /** What the file covers, in Chinese then English. */
  title: string;
  groups: VocabularyGroup[];
}

/** What a term of the text stands for, once the vocabulary is compiled. */
export interface TermSense {
  /** Id of the concept (an equivalence or abbreviation group, or a term of its own). */
  concept: string;
  /** 1 for an equivalent, lower for an abbreviation. */
  weight: number;
}

/**
 * The vocabulary as matching and search use it. Built once by compileVocabulary from the data files and
 * any approved suggestions; immutable.
 */
export interface CompiledVocabulary {
  /** Changes whenever anything in it changes (content hash), so derived data can tell it is stale. */
  version: string;
  /** Normalised term (normaliseVocabularyTerm) → its senses. */
  senses: ReadonlyMap<string, readonly TermSense[]>;
  /** Concept → the broader concepts it is a kind of (transitively). */
  broader: ReadonlyMap<string, readonly string[]>;
  /** Concept → concepts it must not be confused with. */
  lookalikes: ReadonlyMap<string, readonly string[]>;
  /** Length in code points of the longest normalised term, for longest-match scanning. */
  longestTerm: number;
  /**
   * Every prefix of every normalised term: text that is none of them cannot be extended into a term, so a
   * scan for terms stops there (one look-up a character, not one for every length up to longestTerm).
   */
  termPrefixes: ReadonlySet<string>;
  /** Meilisearch's synonyms setting: two-way for equivalents and abbreviations, broader → narrower one-way. */
  meilisearchSynonyms: Readonly<Record<string, string[]>>;
}
