import { extractKeyTerms } from './extract-key-terms.util.js';
import { SEARCH_QUERY_LIMITS } from './match-thresholds.constant.js';
import { type DemandForMatching } from './match.types.js';

const UNIT = /[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*|\S/gu;
const HAN = /\p{Script=Han}/u;

interface QuerySize {
  han: number;
  words: number;
}

function sizeOf(text: string): QuerySize {
  const units = text.match(UNIT) ?? [];
  return {
    han: units.filter((unit) => HAN.test(unit)).length,
    // Each ASCII word is a word; a run of Han characters is at least one.
    words:
      units.filter((unit) => /^[A-Za-z0-9]/u.test(unit)).length +
      text.split(' ').filter((part) => HAN.test(part)).length,
  };
}

const fits = (size: QuerySize): boolean =>
  size.han <= SEARCH_QUERY_LIMITS.maxHanCharacters && size.words <= SEARCH_QUERY_LIMITS.maxWords;

/**
 * A term cut to the query limits, keeping its end: a Chinese noun phrase ends in its head
 * (…固定翼无人机), which is what a supplier lists.
 */
function truncated(term: string): string {
  const units = term.match(UNIT) ?? [];
  let kept = '';
  for (let index = units.length - 1; index >= 0; index -= 1) {
    const candidate = (units[index] ?? '') + kept;
    if (!fits(sizeOf(candidate))) break;
    kept = candidate;
  }
  return kept;
}

/** What a demand's candidate search asks the engine. */
export interface SearchQueries {
  /** The title's key terms together, asked for best matches first (null: no key term at all). */
  title: string | null;
  /** Each key term alone, title terms first, asked for every firm naming all of its words. */
  terms: string[];
}

/**
 * The queries a multi-search for a demand's suppliers sends, at most 8, each short: the title's key terms
 * together (the best single query), then each key term alone, title terms first (a title of one term is
 * asked both ways: its best matches, and every firm naming it whole). A long description is never sent
 * whole, since Meilisearch would read only its first words. Terms no profile on the platform contains
 * (`unmatched`, from PreparedDemand) are left out: asking for them finds nobody and costs the engine as much
 * as any query, and in the title query a word nobody uses would be kept to the last while the words
 * suppliers do use are dropped.
 */
export function searchQueriesFor(demand: DemandForMatching, unmatched: readonly string[] = []): SearchQueries {
  const skipped = new Set(unmatched);
  const keyTerms = extractKeyTerms(demand.title, demand.description).filter((term) => !skipped.has(term.term));
  const terms = keyTerms.map((term) => truncated(term.term)).filter((term) => term !== '');
  const titleCount = keyTerms.filter((term) => term.source === 'title').length;

  let combined = '';
  for (const term of terms.slice(0, Math.max(1, titleCount))) {
    const candidate = combined === '' ? term : `${combined} ${term}`;
    if (combined !== '' && !fits(sizeOf(candidate))) break;
    combined = candidate;
  }
  return {
    title: combined === '' ? null : combined,
    terms: [...new Set(terms)].slice(0, SEARCH_QUERY_LIMITS.maxQueries - 1),
  };
}
