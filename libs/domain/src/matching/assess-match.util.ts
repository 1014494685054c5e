import { chinaDateOf } from '../qualifications/qualification-validity.util.js';
import { checkHardConstraints } from './check-hard-constraints.util.js';
import { freshnessScore } from './freshness-score.util.js';
import { localityScore } from './locality-score.util.js';
import { type MatchContext } from './match-context.types.js';
import { MATCH_WEIGHTS } from './match-weights.constant.js';
import {
  MATCH_COMPONENTS,
  type ComponentScore,
  type DemandForMatching,
  type EnterpriseFacts,
  type EnterpriseForMatching,
  type MatchAssessment,
  type MatchComponent,
  type TextRelevance,
} from './match.types.js';
import { type PreparedDemand, prepareDemand } from './prepare-demand.util.js';
import { profileFeatures, type ProfileFeatures } from './profile-features.util.js';
import { qualificationStrength } from './qualification-strength.util.js';
import { sectorOverlap } from './sector-overlap.util.js';
import { textRelevance } from './text-relevance.util.js';

const clamp01 = (value: number): number => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * How well a firm fits a demand whose text is already prepared (prepareDemand) against a profile whose
 * features are already computed (profileFeatures): the hard constraints (eligible only when all are met)
 * and a score in 0..1, the weighted sum of text relevance, sector overlap, certificates, locality, profile
 * completeness and freshness. The score is computed for ineligible firms too, for "demands you almost match".
 * `known`: what the caller already computed for this pair (the text relevance, today's date in China), not
 * computed again when a demand is assessed against thousands of firms.
 */
export function assessPrepared(
  demand: DemandForMatching,
  prepared: PreparedDemand,
  enterprise: EnterpriseFacts,
  features: ProfileFeatures,
  now: Date,
  known: { text?: TextRelevance; today?: string } = {},
): MatchAssessment {
  const today = known.today ?? chinaDateOf(now);
  const constraints = checkHardConstraints(demand, enterprise, today);
  const text = known.text ?? textRelevance(prepared, features);

  const values: Record<MatchComponent, number> = {
    TEXT: text.value,
    SECTOR: sectorOverlap(demand.sectors, enterprise.sectors),
    QUALIFICATION: qualificationStrength(constraints, enterprise.qualifications, today),
    LOCALITY: localityScore(demand.regionCode, enterprise.regionCode),
    COMPLETENESS: enterprise.completeness / 100,
    FRESHNESS: freshnessScore(enterprise.lastConfirmedAt, now),
  };
  const components: ComponentScore[] = MATCH_COMPONENTS.map((component) => {
    const value = round4(clamp01(values[component]));
    const weight = MATCH_WEIGHTS[component];
    return { component, value, weight, contribution: round4(value * weight) };
  });
  const score = round4(clamp01(components.reduce((sum, part) => sum + part.contribution, 0)));

  return {
    eligible: constraints.every((check) => check.met),
    score,
    constraints,
    components,
    matchedTerms: text.matchedTerms,
  };
}

/** assessPrepared for one demand and one firm, preparing both (tests, single checks). */
export function assessMatch(
  demand: DemandForMatching,
  enterprise: EnterpriseForMatching,
  now: Date,
  context: MatchContext,
): MatchAssessment {
  return assessPrepared(
    demand,
    prepareDemand(demand.title, demand.description, context),
    enterprise,
    profileFeatures(enterprise, context.vocabulary),
    now,
  );
}
