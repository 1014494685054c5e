import { validThroughOf } from './eligibility-facts.util.js';
import { hasLevel } from '../qualifications/has-level.util.js';
import { isSecrecyLevel } from '../qualifications/is-secrecy-level.util.js';
import { secrecyLevelSatisfies } from '../qualifications/secrecy-level-satisfies.util.js';
import {
  type ConstraintCheck,
  type ConstraintOutcome,
  type DemandForMatching,
  type EnterpriseFacts,
  type EnterpriseForMatching,
  type HeldQualification,
  type RequiredQualification,
} from './match.types.js';

// When several certificates of the required type fail, the firm is told the reason nearest to being met:
// one that runs out before the deadline needs only renewing early, one under review needs only waiting.
const OUTCOME_RANK: Readonly<Record<ConstraintOutcome, number>> = {
  MET: 0,
  EXPIRES_BEFORE_DEADLINE: 1,
  PENDING: 2,
  EXPIRED: 3,
  LEVEL_TOO_LOW: 4,
  REJECTED: 5,
  MISSING: 6,
  NOT_VERIFIED: 7,
  SUSPENDED: 8,
};

const ORGANIZATION_OUTCOME: Readonly<Record<EnterpriseForMatching['organizationStatus'], ConstraintOutcome>> =
  {
    VERIFIED: 'MET',
    PENDING_VERIFICATION: 'NOT_VERIFIED',
    REJECTED: 'NOT_VERIFIED',
    SUSPENDED: 'SUSPENDED',
  };

function levelSuffices(held: HeldQualification, requiredLevel: number | null): boolean {
  if (requiredLevel === null) return true;
  if (held.level === null) return false;
  // Levels outside 1..3 are bad data; the numeric order still says which is stronger.
  return isSecrecyLevel(held.level) && isSecrecyLevel(requiredLevel)
    ? secrecyLevelSatisfies(held.level, requiredLevel)
    : held.level <= requiredLevel;
}

/** What one certificate lacks against a requirement, checked on `today` and through `validThrough`. */
function outcomeOf(
  held: HeldQualification,
  requiredLevel: number | null,
  today: string,
  validThrough: string,
): ConstraintOutcome {
  if (held.status === 'REJECTED') return 'REJECTED';
  if (!levelSuffices(held, requiredLevel)) return 'LEVEL_TOO_LOW';
  if (held.status === 'EXPIRED' || held.expiresOn < today) return 'EXPIRED';
  if (held.status === 'PENDING') return 'PENDING';
  if (held.expiresOn < validThrough) return 'EXPIRES_BEFORE_DEADLINE';
  return 'MET';
}

/** Smaller rank first, then the stronger level (1 highest), then the later expiry. */
function isBetter(
  a: { outcome: ConstraintOutcome; held: HeldQualification },
  b: { outcome: ConstraintOutcome; held: HeldQualification },
): boolean {
  if (OUTCOME_RANK[a.outcome] !== OUTCOME_RANK[b.outcome])
    return OUTCOME_RANK[a.outcome] < OUTCOME_RANK[b.outcome];
  const levelA = a.held.level ?? Number.POSITIVE_INFINITY;
  const levelB = b.held.level ?? Number.POSITIVE_INFINITY;
  if (levelA !== levelB) return levelA < levelB;
  return a.held.expiresOn > b.held.expiresOn;
}

function checkQualification(
  required: RequiredQualification,
  held: readonly HeldQualification[],
  today: string,
  validThrough: string,
): ConstraintCheck {
  const requiredLevel = hasLevel(required.type) ? required.minLevel : null;
  let best: { outcome: ConstraintOutcome; held: HeldQualification } | null = null;
  for (const certificate of held) {
    if (certificate.type !== required.type) continue;
    const candidate = {
      outcome: outcomeOf(certificate, requiredLevel, today, validThrough),
      held: certificate,
    };
    if (best === null || isBetter(candidate, best)) best = candidate;
  }
  const outcome = best?.outcome ?? 'MISSING';
  return {
    kind: 'QUALIFICATION',
    qualificationType: required.type,
    requiredLevel,
    heldLevel: hasLevel(required.type) ? (best?.held.level ?? null) : null,
    expiresOn: best?.held.expiresOn ?? null,
    outcome,
    met: outcome === 'MET',
  };
}

/**
 * The hard constraints of a demand for one firm: the organisation must be verified, and every required
 * certificate approved, of a sufficient level (SECRECY: 1 is highest, so a level-2 requirement accepts
 * 1 and 2) and valid through the demand's deadline. A deadline already passed, or none, means today.
 * `today` is the China calendar date (chinaDateOf).
 */
export function checkHardConstraints(
  demand: DemandForMatching,
  enterprise: EnterpriseFacts,
  today: string,
): ConstraintCheck[] {
  const organizationOutcome = ORGANIZATION_OUTCOME[enterprise.organizationStatus];
  const validThrough = validThroughOf(demand, today);
  return [
    {
      kind: 'ORGANIZATION',
      qualificationType: null,
      requiredLevel: null,
      heldLevel: null,
      expiresOn: null,
      outcome: organizationOutcome,
      met: organizationOutcome === 'MET',
    },
    ...demand.requiredQualifications.map((required) =>
      checkQualification(required, enterprise.qualifications, today, validThrough),
    ),
  ];
}
