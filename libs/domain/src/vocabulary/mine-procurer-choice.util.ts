import { extractKeyTerms } from '../matching/extract-key-terms.util.js';
import { normaliseMatchText } from '../matching/normalise-match-text.util.js';
import {
  type CandidateEquivalence,
  proposedRelation,
  type SuggestionSourceKind,
  writtenTerm,
} from './mine-equivalences.util.js';
import { normaliseVocabularyTerm } from './normalise-vocabulary-term.util.js';
import { type CompiledVocabulary } from './vocabulary.types.js';

/** Matching ranked a firm "high enough" when it listed it within this rank; a choice above it says nothing. */
export const WELL_RANKED_UP_TO = 10;
/** Title terms of the demand and product items of the firm paired, at most: a choice is one weak signal. */
const DEMAND_TERMS_PAIRED = 2;
const FIRM_TERMS_PAIRED = 5;
const PAIRS_PER_CHOICE = 4;

/** A procurer invited, shortlisted or awarded a firm: what the demand asked and what the firm offers. */
export interface ProcurerChoice {
  kind: Extract<SuggestionSourceKind, 'INVITATION' | 'SHORTLIST' | 'AWARD'>;
  demandId: string;
  demandTitle: string;
  demandDescription: string;
  /** The firm's rank among the demand's listed matches (1 = best), or null when matching did not list it. */
  rank: number | null;
  /** The firm's product items, as published. */
  firmProducts: readonly string[];
  /** Everything else the firm's profile says (summary, capabilities, equipment), to see what it already names. */
  firmText: string;
}

const VERB: Record<ProcurerChoice['kind'], string> = {
  INVITATION: 'invited',
  SHORTLIST: 'shortlisted',
  AWARD: 'awarded',
};

/**
 * Pairs a procurer's choice suggests: when it invited, shortlisted or awarded a firm that matching ranked
 * low (below rank 10) or did not list, the demand's main terms and the firm's products may be two names of
 * one thing that the vocabulary does not know. Conservative, since the procurer may simply know the firm:
 * only the demand's first title terms, each paired with the firm's first product items; a term the firm's
 * profile already contains, or a product the demand already names, is no naming gap; pairs sharing a
 * vocabulary concept (or look-alikes or broader ones) are left out; at most a few pairs per choice. Each
 * pair is only a suggestion, with the choice as evidence; the same pair seen again adds evidence.
 */
export function mineProcurerChoice(choice: ProcurerChoice, vocabulary: CompiledVocabulary): CandidateEquivalence[] {
  if (choice.rank !== null && choice.rank <= WELL_RANKED_UP_TO) return [];
  const firmText = normaliseMatchText([...choice.firmProducts, choice.firmText].join(' '));
  const demandText = normaliseMatchText(`${choice.demandTitle} ${choice.demandDescription}`);
  const demandTerms = extractKeyTerms(choice.demandTitle, choice.demandDescription)
    .filter((term) => term.source === 'title')
    .map((term) => writtenTerm(term.term))
    .filter((term) => !firmText.includes(normaliseVocabularyTerm(term)))
    .slice(0, DEMAND_TERMS_PAIRED);
  const firmTerms = choice.firmProducts
    .map(writtenTerm)
    .filter((term) => term !== '' && !demandText.includes(normaliseVocabularyTerm(term)))
    .slice(0, FIRM_TERMS_PAIRED);
  const snippet = `${VERB[choice.kind]} though ${choice.rank === null ? 'not listed' : `ranked ${choice.rank}`}: 「${choice.demandTitle}」`;
  const pairs: CandidateEquivalence[] = [];
  for (const demandTerm of demandTerms) {
    for (const firmTerm of firmTerms) {
      if (pairs.length >= PAIRS_PER_CHOICE || related(demandTerm, firmTerm, vocabulary)) continue;
      pairs.push({
        ...proposedRelation(demandTerm, firmTerm),
        evidence: { sourceKind: choice.kind, sourceId: choice.demandId, snippet },
      });
    }
  }
  return pairs;
}

function related(a: string, b: string, vocabulary: CompiledVocabulary): boolean {
  const x = normaliseVocabularyTerm(a);
  const y = normaliseVocabularyTerm(b);
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const of = (term: string) => (vocabulary.senses.get(term) ?? []).map((sense) => sense.concept);
  const near = (concept: string) => [
    concept,
    ...(vocabulary.broader.get(concept) ?? []),
    ...(vocabulary.lookalikes.get(concept) ?? []),
  ];
  const ys = of(y);
  return of(x).some(
    (concept) => near(concept).some((c) => ys.includes(c)) || ys.some((other) => near(other).includes(concept)),
  );
}
