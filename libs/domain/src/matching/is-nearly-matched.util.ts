import { MIN_TEXT_RELEVANCE } from './match-thresholds.constant.js';
import { matchComponentValue } from './match-component-value.util.js';
import { type MatchAssessment } from './match.types.js';

/**
 * "Demands you almost match": the firm's wording is relevant and it is verified, but a required certificate
 * is missing, pending, rejected, expired or of too low a level, which the firm can act on.
 */
export function isNearlyMatched(assessment: MatchAssessment): boolean {
  const organizationMet = assessment.constraints.every((check) => check.kind !== 'ORGANIZATION' || check.met);
  const failsOnQualification = assessment.constraints.some(
    (check) => check.kind === 'QUALIFICATION' && !check.met,
  );
  return (
    !assessment.eligible &&
    organizationMet &&
    failsOnQualification &&
    matchComponentValue(assessment, 'TEXT') >= MIN_TEXT_RELEVANCE
  );
}
