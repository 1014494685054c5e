import { describe, expect, it } from 'vitest';

import { isListedMatch } from './is-listed-match.util.js';
import { type MatchAssessment } from './match.types.js';
import { MIN_TEXT_RELEVANCE } from './match-thresholds.constant.js';

const assessment = (eligible: boolean, text: number): MatchAssessment => ({
  eligible,
  score: 0.6,
  constraints: [],
  components: [{ component: 'TEXT', value: text, weight: 0.45, contribution: text * 0.45 }],
  matchedTerms: [],
});

describe('isListedMatch', () => {
  it('lists an eligible firm with relevant wording', () => {
    expect(isListedMatch(assessment(true, 0.8))).toBe(true);
    expect(isListedMatch(assessment(true, MIN_TEXT_RELEVANCE))).toBe(true);
  });

  it('does not list an eligible firm whose wording is not relevant enough', () => {
    expect(isListedMatch(assessment(true, MIN_TEXT_RELEVANCE - 0.0001))).toBe(false);
    expect(isListedMatch(assessment(true, 0))).toBe(false);
  });

  it('never lists an ineligible firm, however relevant', () => {
    expect(isListedMatch(assessment(false, 1))).toBe(false);
  });
});
