import { normaliseMatchText } from '../matching/normalise-match-text.util.js';

// A vocabulary term is looked up in text that went through normaliseMatchText, so it must be stored in
// the same form; on top of that, edges are trimmed and runs of whitespace folded, so a term typed with a
// stray double space still finds the text it names.
export function normaliseVocabularyTerm(term: string): string {
  return normaliseMatchText(term).trim().replace(/\s+/gu, ' ');
}
