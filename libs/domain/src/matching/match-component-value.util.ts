import { type MatchAssessment, type MatchComponent } from './match.types.js';

/** The 0..1 value of one component of an assessment (0 if absent). */
export function matchComponentValue(assessment: MatchAssessment, component: MatchComponent): number {
  return assessment.components.find((part) => part.component === component)?.value ?? 0;
}
