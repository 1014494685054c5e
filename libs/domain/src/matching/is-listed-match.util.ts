import { MIN_TEXT_RELEVANCE } from './match-thresholds.constant.js';
import { matchComponentValue } from './match-component-value.util.js';
import { type MatchAssessment } from './match.types.js';

/** Whether a firm is offered for a demand: every hard constraint met and its wording relevant enough. */
export function isListedMatch(assessment: MatchAssessment): boolean {
  return assessment.eligible && matchComponentValue(assessment, 'TEXT') >= MIN_TEXT_RELEVANCE;
}
