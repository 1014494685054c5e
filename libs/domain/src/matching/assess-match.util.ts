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
import { prepareDemand } from './prepare-demand.util.js';
import { profileFeatures } from './profile-features.util.js';
import { qualificationStrength } from './qualification-strength.util.js';
import { sectorOverlap } from './sector-overlap.util.js';
import { textRelevance } from './text-relevance.util.js';

const clamp01 = (value: number): number => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/** A component of a score: its value (0..1, four decimals) at its weight, and their product (four decimals). */
export function componentScore(component: MatchComponent, value: number, weight: number): ComponentScore {
  return { component, value, weight, contribution: round4(value * weight) };
}

/**
 * How well a firm fits a demand, given the firm's text relevance to it (textRelevance, or a FeatureIndex's
 * relevances when one demand is assessed against thousands of firms): the hard constraints (eligible only
 * when all are met) and a score in 0..1, the weighted sum of text relevance, sector overlap, certificates,
 * locality, profile completeness and freshness. The score is computed for ineligible firms too, for
 * "demands you almost match". `today`: the date in China (chinaDateOf), when the caller has it already.
 */
export function assessFirm(
  demand: DemandForMatching,
  enterprise: EnterpriseFacts,
  text: TextRelevance,
  now: Date,
  today: string = chinaDateOf(now),
): MatchAssessment {
  const constraints = checkHardConstraints(demand, enterprise, today);

  const values: Record<MatchComponent, number> = {
    TEXT: text.value,
    SECTOR: sectorOverlap(demand.sectors, enterprise.sectors),
    QUALIFICATION: qualificationStrength(constraints, enterprise.qualifications, today),
    LOCALITY: localityScore(demand.regionCode, enterprise.regionCode),
    COMPLETENESS: enterprise.completeness / 100,
    FRESHNESS: freshnessScore(enterprise.lastConfirmedAt, now),
  };
  const components: ComponentScore[] = MATCH_COMPONENTS.map((component) =>
    componentScore(component, round4(clamp01(values[component])), MATCH_WEIGHTS[component]),
  );
  const score = round4(clamp01(components.reduce((sum, part) => sum + part.contribution, 0)));

  return {
    eligible: constraints.every((check) => check.met),
    score,
    constraints,
    components,
    matchedTerms: text.matchedTerms,
  };
}

/** assessFirm for one demand and one firm, preparing both (tests, single checks). */
export function assessMatch(
  demand: DemandForMatching,
  enterprise: EnterpriseForMatching,
  now: Date,
  context: MatchContext,
): MatchAssessment {
  const prepared = prepareDemand(demand.title, demand.description, context);
  return assessFirm(demand, enterprise, textRelevance(prepared, profileFeatures(enterprise, context.vocabulary)), now);
}
