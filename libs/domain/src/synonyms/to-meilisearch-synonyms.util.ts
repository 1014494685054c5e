import { type SynonymGroup } from './synonym-group.type.js';

// Meilisearch takes a one-way map: each term lists what it also matches. A group is made symmetric by
// listing every member under every other; a term in two groups gets the union, never a merged group.
// Blank and repeated entries are dropped so a sloppy list cannot make a term its own synonym.
export function toMeilisearchSynonyms(groups: readonly SynonymGroup[]): Record<string, string[]> {
  const synonyms = new Map<string, string[]>();
  for (const group of groups) {
    const terms = [...new Set(group.map((term) => term.trim()).filter((term) => term !== ''))];
    for (const term of terms) {
      const known = synonyms.get(term) ?? [];
      const additions = terms.filter((other) => other !== term && !known.includes(other));
      synonyms.set(term, [...known, ...additions]);
    }
  }
  // Object.fromEntries defines own properties, so a term such as "__proto__" cannot alter the prototype.
  return Object.fromEntries([...synonyms].filter(([, others]) => others.length > 0));
}
