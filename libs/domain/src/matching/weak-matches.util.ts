import { matchComponentValue } from './match-component-value.util.js';
import { type MatchAssessment } from './match.types.js';

/** How many weak matches a procurer is shown when no firm passes the text threshold. */
export const WEAK_MATCHES_SHOWN = 5;

/**
 * When no firm passes the text threshold, the eligible firms that come closest, best first: by text
 * relevance (the only component that says a firm makes the thing), then by score; at most WEAK_MATCHES_SHOWN.
 */
export function weakMatches<T extends { key: string; assessment: MatchAssessment }>(candidates: readonly T[]): T[] {
  return candidates
    .filter((candidate) => candidate.assessment.eligible)
    .sort(
      (a, b) =>
        matchComponentValue(b.assessment, 'TEXT') - matchComponentValue(a.assessment, 'TEXT') ||
        b.assessment.score - a.assessment.score ||
        a.key.localeCompare(b.key),
    )
    .slice(0, WEAK_MATCHES_SHOWN);
}
