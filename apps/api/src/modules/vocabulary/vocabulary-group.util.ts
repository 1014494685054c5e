import type { SuggestionRelation } from '@mcf/contracts';
import type { VocabularyGroup } from '@mcf/domain';

/** A decided pair as a vocabulary group; its reason names the suggestion, so a reviewer can trace it back. */
export function vocabularyGroupOf(suggestion: {
  id: string;
  relation: SuggestionRelation;
  terms: readonly [string, string];
  decisionReason?: string | null;
}): VocabularyGroup {
  const [first, second] = suggestion.terms;
  const reason = `Approved suggestion ${suggestion.id}${suggestion.decisionReason ? `: ${suggestion.decisionReason}` : ''}`;
  switch (suggestion.relation) {
    case 'equivalent':
      return { relation: 'equivalent', terms: [first, second], reason };
    case 'abbreviation':
      return { relation: 'abbreviation', full: [first], short: [second], reason };
    case 'broader':
      return { relation: 'broader', broader: first, narrower: [second], reason };
    case 'lookalike':
      return { relation: 'lookalike', terms: [first, second], reason };
  }
}
