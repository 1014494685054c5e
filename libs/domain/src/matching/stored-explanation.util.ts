import { componentScore } from './assess-match.util.js';
import {
  type ComponentScore,
  type ConstraintCheck,
  MATCH_COMPONENTS,
  type MatchAssessment,
  type MatchComponent,
} from './match.types.js';

/** A constraint as stored: its empty fields left out, and `met`, which is its outcome being MET. */
export type StoredConstraint = Pick<ConstraintCheck, 'kind' | 'outcome'> &
  Partial<Pick<ConstraintCheck, 'qualificationType' | 'requiredLevel' | 'heldLevel' | 'expiresOn'>>;

/**
 * Why a firm matches a demand, as stored with the match: compact, because a matching job writes hundreds a
 * demand at 10⁵ firms and their bytes were most of what it sent to PostgreSQL (and PostgreSQL parsed):
 * 790 bytes a match written out whole, about 400 so. `values` and `weights` are the components' in
 * MATCH_COMPONENTS order (each contribution follows, as assessFirm computes it); the weights are kept so that
 * a stored score is still explained by the weights it was computed with after they change.
 */
export interface StoredExplanation {
  matchedTerms: string[];
  values: number[];
  weights: number[];
  constraints: StoredConstraint[];
}

/** The whole explanation (what the API shows), as assessFirm gave it. */
export interface Explanation {
  matchedTerms: string[];
  constraints: ConstraintCheck[];
  components: ComponentScore[];
}

/**
 * The explanation in the form matches held before StoredExplanation, which workers of the previous release
 * may still write while a release rolls out (the migration to the compact form converted the rest).
 */
export type WholeStoredExplanation = Explanation;

export function storedExplanation(assessment: MatchAssessment): StoredExplanation {
  const byComponent = new Map(assessment.components.map((part) => [part.component, part]));
  return {
    matchedTerms: assessment.matchedTerms,
    values: MATCH_COMPONENTS.map((component) => byComponent.get(component)?.value ?? 0),
    weights: MATCH_COMPONENTS.map((component) => byComponent.get(component)?.weight ?? 0),
    constraints: assessment.constraints.map(({ kind, outcome, qualificationType, requiredLevel, heldLevel, expiresOn }) => ({
      kind,
      outcome,
      ...(qualificationType === null ? {} : { qualificationType }),
      ...(requiredLevel === null ? {} : { requiredLevel }),
      ...(heldLevel === null ? {} : { heldLevel }),
      ...(expiresOn === null ? {} : { expiresOn }),
    })),
  };
}

function constraintOf(stored: StoredConstraint): ConstraintCheck {
  return {
    kind: stored.kind,
    qualificationType: stored.qualificationType ?? null,
    requiredLevel: stored.requiredLevel ?? null,
    heldLevel: stored.heldLevel ?? null,
    expiresOn: stored.expiresOn ?? null,
    outcome: stored.outcome,
    met: stored.outcome === 'MET',
  };
}

/** The whole explanation of a stored one (either form). */
export function explanationOf(stored: StoredExplanation | WholeStoredExplanation): Explanation {
  if ('components' in stored) return stored;
  return {
    matchedTerms: stored.matchedTerms,
    constraints: stored.constraints.map(constraintOf),
    components: MATCH_COMPONENTS.map((component: MatchComponent, index) =>
      componentScore(component, stored.values[index] ?? 0, stored.weights[index] ?? 0),
    ),
  };
}
