import type { CompiledVocabulary } from './vocabulary.types.js';
import { normaliseVocabularyTerm } from './normalise-vocabulary-term.util.js';

/** How a suggested term relates to what was searched for. */
export type RelatedTermRelation = 'equivalent' | 'broader' | 'narrower';

export interface RelatedTerm {
  term: string;
  relation: RelatedTermRelation;
}

const RELATION_ORDER: Readonly<Record<RelatedTermRelation, number>> = { equivalent: 0, broader: 1, narrower: 2 };

/**
 * Terms to try when a search found nothing: other names of the query (equivalents, abbreviations), the
 * broader terms it is a kind of, then its narrower kinds. Read from the same synonyms the search engine
 * uses — two-way for names of one thing, broader → narrower one-way — so every suggestion is a term the
 * engine knows. The whole query is looked up first, then each of its space-separated words.
 */
export function relatedTerms(vocabulary: Pick<CompiledVocabulary, 'meilisearchSynonyms'>, query: string, limit = 10): RelatedTerm[] {
  const synonyms = vocabulary.meilisearchSynonyms;
  // Own keys only: a query such as "__proto__" or "constructor" names no term.
  const targetsOf = (term: string): readonly string[] => (Object.hasOwn(synonyms, term) ? (synonyms[term] ?? []) : []);
  const whole = normaliseVocabularyTerm(query);
  if (whole === '') return [];
  const lookups = [whole, ...whole.split(' ').filter((word) => word !== whole && word.length > 0)];
  const found = new Map<string, RelatedTermRelation>();
  const add = (term: string, relation: RelatedTermRelation): void => {
    if (lookups.includes(term)) return;
    const known = found.get(term);
    if (known === undefined || RELATION_ORDER[relation] < RELATION_ORDER[known]) found.set(term, relation);
  };
  for (const term of lookups) {
    const outgoing = new Set(targetsOf(term));
    for (const other of outgoing) add(other, targetsOf(other).includes(term) ? 'equivalent' : 'narrower');
    for (const [other, targets] of Object.entries(synonyms)) {
      if (!outgoing.has(other) && targets.includes(term)) add(other, 'broader');
    }
  }
  return [...found]
    .map(([term, relation]) => ({ term, relation }))
    .sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation])
    .slice(0, limit);
}
