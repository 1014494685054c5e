import { normaliseVocabularyTerm } from './normalise-vocabulary-term.util.js';
import { type VocabularyGroup } from './vocabulary.types.js';
import { ABBREVIATION_SENSE_WEIGHT, EQUIVALENT_SENSE_WEIGHT } from './vocabulary-weights.constant.js';

/** A term of a naming group (equivalent or abbreviation) with the weight it carries for that group's concept. */
export interface NamingTerm {
  term: string;
  weight: number;
}

/** The concepts of a list of groups: which concept each naming group stands for, and each term's concepts. */
export interface VocabularyConcepts {
  /** Concept id of each naming group, by its index in the list; undefined for broader and look-alike groups. */
  groupConcepts: readonly (string | undefined)[];
  /** Normalised term → the concepts of the naming groups it belongs to, in group order. */
  namingConcepts: ReadonlyMap<string, readonly string[]>;
  /** The concepts a normalised term stands for: its naming groups' concepts, or a concept of its own. */
  conceptsOf(term: string): readonly string[];
}

const CONCEPT_PREFIX = 'v:';

/** Normalised terms of a naming group with their weights: full forms and equivalents 1, short forms lower. */
export function namingTerms(group: VocabularyGroup): NamingTerm[] | undefined {
  switch (group.relation) {
    case 'equivalent':
      return group.terms.map((term) => ({
        term: normaliseVocabularyTerm(term),
        weight: EQUIVALENT_SENSE_WEIGHT,
      }));
    case 'abbreviation':
      return [
        ...group.full.map((term) => ({
          term: normaliseVocabularyTerm(term),
          weight: EQUIVALENT_SENSE_WEIGHT,
        })),
        ...group.short.map((term) => ({
          term: normaliseVocabularyTerm(term),
          weight: ABBREVIATION_SENSE_WEIGHT,
        })),
      ];
    default:
      return undefined;
  }
}

/** Every normalised term a group names, in the order written. */
export function groupTerms(group: VocabularyGroup): string[] {
  switch (group.relation) {
    case 'equivalent':
    case 'lookalike':
      return group.terms.map(normaliseVocabularyTerm);
    case 'abbreviation':
      return [...group.full, ...group.short].map(normaliseVocabularyTerm);
    case 'broader':
      return [group.broader, ...group.narrower].map(normaliseVocabularyTerm);
  }
}

export function ownConcept(term: string): string {
  return CONCEPT_PREFIX + term;
}

// A naming group's concept is named after its preferred term (the first term, or the first full form). Two
// groups that share a preferred term stay two concepts (A≈B and A≈C does not make B≈C): the later one gets
// a numbered id, so ids depend only on the order of the groups.
export function vocabularyConcepts(groups: readonly VocabularyGroup[]): VocabularyConcepts {
  const usedIds = new Set<string>();
  const groupConcepts: (string | undefined)[] = [];
  const namingConcepts = new Map<string, string[]>();
  for (const group of groups) {
    const terms = namingTerms(group);
    const preferred = terms?.[0]?.term;
    if (terms === undefined || preferred === undefined) {
      groupConcepts.push(undefined);
      continue;
    }
    const base = ownConcept(preferred);
    let id = base;
    for (let count = 2; usedIds.has(id); count += 1) id = `${base}#${count}`;
    usedIds.add(id);
    groupConcepts.push(id);
    for (const { term } of terms) {
      const known = namingConcepts.get(term) ?? [];
      if (!known.includes(id)) namingConcepts.set(term, [...known, id]);
    }
  }
  return {
    groupConcepts,
    namingConcepts,
    conceptsOf: (term) => namingConcepts.get(term) ?? [ownConcept(term)],
  };
}
