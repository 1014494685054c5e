import { normaliseVocabularyTerm } from './normalise-vocabulary-term.util.js';
import { groupTerms, namingTerms, vocabularyConcepts } from './vocabulary-concepts.util.js';
import { vocabularyHash } from './vocabulary-hash.util.js';
import {
  type CompiledVocabulary,
  type TermSense,
  type VocabularyFile,
  type VocabularyGroup,
} from './vocabulary.types.js';
import { EQUIVALENT_SENSE_WEIGHT } from './vocabulary-weights.constant.js';

/**
 * Builds the vocabulary matching and search use from the data files and any extra (approved) groups.
 * Pure and deterministic: the same input in the same order gives the same ids, lists and version.
 * Input is assumed checked by vocabularyProblems; a broader cycle or a self-relation does not hang or
 * crash the compiler, it only adds nothing.
 */
export function compileVocabulary(
  files: readonly VocabularyFile[],
  extra: readonly VocabularyGroup[] = [],
): CompiledVocabulary {
  const groups = [...files.flatMap((file) => file.groups), ...extra];
  const concepts = vocabularyConcepts(groups);

  const senses = new Map<string, TermSense[]>();
  const addSense = (term: string, concept: string, weight: number): void => {
    const known = senses.get(term) ?? [];
    const same = known.find((sense) => sense.concept === concept);
    if (same === undefined) senses.set(term, [...known, { concept, weight }]);
    else if (same.weight < weight)
      senses.set(
        term,
        known.map((s) => (s === same ? { concept, weight } : s)),
      );
  };

  const directBroader = new Map<string, string[]>();
  const lookalikes = new Map<string, string[]>();
  const synonyms = new Map<string, string[]>();
  const addTo = (map: Map<string, string[]>, key: string, values: readonly string[]): void => {
    const known = map.get(key) ?? [];
    const additions = values.filter((value) => value !== key && !known.includes(value));
    if (additions.length > 0) map.set(key, [...known, ...additions]);
  };

  groups.forEach((group, index) => {
    const named = namingTerms(group);
    const concept = concepts.groupConcepts[index];
    if (named !== undefined && concept !== undefined) {
      for (const { term, weight } of named) addSense(term, concept, weight);
      const terms = [...new Set(named.map(({ term }) => term))];
      for (const term of terms) addTo(synonyms, term, terms);
      return;
    }
    // A term that only appears in broader or look-alike groups stands for a concept of its own.
    for (const term of groupTerms(group)) {
      if (!concepts.namingConcepts.has(term)) {
        for (const own of concepts.conceptsOf(term)) addSense(term, own, EQUIVALENT_SENSE_WEIGHT);
      }
    }
    if (group.relation === 'broader') {
      const broaderTerm = normaliseVocabularyTerm(group.broader);
      const narrowerTerms = group.narrower.map(normaliseVocabularyTerm);
      for (const narrower of narrowerTerms) {
        for (const narrowerConcept of concepts.conceptsOf(narrower)) {
          addTo(directBroader, narrowerConcept, concepts.conceptsOf(broaderTerm));
        }
      }
      // Searching for the broader term also finds the narrower ones; not the reverse.
      addTo(synonyms, broaderTerm, narrowerTerms);
    } else if (group.relation === 'lookalike') {
      const [first, second] = group.terms.map(normaliseVocabularyTerm);
      if (first === undefined || second === undefined) return;
      for (const a of concepts.conceptsOf(first)) {
        addTo(lookalikes, a, concepts.conceptsOf(second));
        for (const b of concepts.conceptsOf(second)) addTo(lookalikes, b, [a]);
      }
    }
  });

  return {
    version: vocabularyHash(
      JSON.stringify({ files: files.map(canonicalFile), extra: extra.map(canonicalGroup) }),
    ),
    senses,
    broader: transitiveClosure(directBroader),
    lookalikes,
    longestTerm: Math.max(0, ...[...senses.keys()].map((term) => [...term].length)),
    termPrefixes: prefixesOf(senses.keys()),
    meilisearchSynonyms: Object.fromEntries(synonyms),
  };
}

function prefixesOf(terms: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const term of terms) {
    let prefix = '';
    for (const char of term) {
      prefix += char;
      prefixes.add(prefix);
    }
  }
  return prefixes;
}

// Every concept reachable upwards, nearest first; a cycle stops at concepts already seen.
function transitiveClosure(direct: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const closed = new Map<string, string[]>();
  for (const start of direct.keys()) {
    const reached: string[] = [];
    const queue = [...(direct.get(start) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      if (next === start || reached.includes(next)) continue;
      reached.push(next);
      queue.push(...(direct.get(next) ?? []));
    }
    if (reached.length > 0) closed.set(start, reached);
  }
  return closed;
}

function canonicalFile(file: VocabularyFile): unknown {
  return {
    sector: file.sector,
    version: file.version,
    title: file.title,
    groups: file.groups.map(canonicalGroup),
  };
}

function canonicalGroup(group: VocabularyGroup): unknown {
  switch (group.relation) {
    case 'equivalent':
    case 'lookalike':
      return [group.relation, group.terms.map(normaliseVocabularyTerm), group.reason.trim()];
    case 'abbreviation':
      return [
        group.relation,
        group.full.map(normaliseVocabularyTerm),
        group.short.map(normaliseVocabularyTerm),
        group.reason.trim(),
      ];
    case 'broader':
      return [
        group.relation,
        normaliseVocabularyTerm(group.broader),
        group.narrower.map(normaliseVocabularyTerm),
        group.reason.trim(),
      ];
  }
}
