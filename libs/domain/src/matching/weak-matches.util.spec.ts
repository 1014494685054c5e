import { describe, expect, it } from 'vitest';

import { type MatchAssessment } from './match.types.js';
import { WEAK_MATCHES_SHOWN, weakMatches } from './weak-matches.util.js';

const assessment = (eligible: boolean, text: number, score: number): MatchAssessment => ({
  eligible,
  score,
  constraints: [],
  components: [{ component: 'TEXT', value: text, weight: 0.45, contribution: text * 0.45 }],
  matchedTerms: [],
});

describe('weakMatches', () => {
  it('keeps eligible firms only, by text relevance first, then score', () => {
    const ranked = weakMatches([
      { key: 'sector-only', assessment: assessment(true, 0.05, 0.6) },
      { key: 'closest', assessment: assessment(true, 0.28, 0.5) },
      { key: 'ineligible', assessment: assessment(false, 0.4, 0.7) },
      { key: 'same-text-better-score', assessment: assessment(true, 0.05, 0.65) },
    ]);
    expect(ranked.map((c) => c.key)).toEqual(['closest', 'same-text-better-score', 'sector-only']);
  });

  it(`shows at most ${WEAK_MATCHES_SHOWN}`, () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ key: `f${i}`, assessment: assessment(true, i / 100, 0.5) }));
    expect(weakMatches(many)).toHaveLength(WEAK_MATCHES_SHOWN);
  });
});
