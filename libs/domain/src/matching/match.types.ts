import type { QualificationStatus } from '../qualifications/qualification-validity.util.js';
import type { QualificationTypeCode } from '../qualifications/qualification-type-code.constant.js';
import type { SectorCode } from '../sectors/sector-code.constant.js';

/** The parts a match score is made of; each is a value in 0..1 times its weight. */
export const MATCH_COMPONENTS = ['TEXT', 'SECTOR', 'QUALIFICATION', 'LOCALITY', 'COMPLETENESS', 'FRESHNESS'] as const;
export type MatchComponent = (typeof MATCH_COMPONENTS)[number];

/** A qualification a demand requires; `minLevel` only for SECRECY (1 highest … 3). */
export interface RequiredQualification {
  type: QualificationTypeCode;
  minLevel: number | null;
}

/** A certificate a firm holds, as stored (whatever its status). */
export interface HeldQualification {
  type: QualificationTypeCode;
  level: number | null;
  status: QualificationStatus;
  /** YYYY-MM-DD, valid through this day. */
  expiresOn: string;
}

/** What matching reads of a demand. */
export interface DemandForMatching {
  title: string;
  description: string;
  sectors: readonly SectorCode[];
  requiredQualifications: readonly RequiredQualification[];
  /** GB/T 2260 code of the delivery region, if given. */
  regionCode: string | null;
  /** YYYY-MM-DD; certificates must be valid through it. */
  deadline: string | null;
}

/** What matching reads of a firm: its published profile, certificates and organisation status. */
export interface EnterpriseForMatching {
  name: string;
  summary: string;
  products: readonly string[];
  capabilities: readonly string[];
  equipment: readonly string[];
  sectors: readonly SectorCode[];
  regionCode: string | null;
  qualifications: readonly HeldQualification[];
  organizationStatus: 'PENDING_VERIFICATION' | 'VERIFIED' | 'REJECTED' | 'SUSPENDED';
  /** Profile completeness 0..100. */
  completeness: number;
  /** ISO instant the profile was last published or reconfirmed. */
  lastConfirmedAt: string | null;
}

/**
 * What the hard constraints and the score read of a firm beside its text (which they read through its
 * features): stored with the features, so that assessing a candidate needs neither its profile nor its
 * certificates loaded again.
 */
export type EnterpriseFacts = Pick<
  EnterpriseForMatching,
  'sectors' | 'regionCode' | 'qualifications' | 'organizationStatus' | 'completeness' | 'lastConfirmedAt'
>;

/** Why a hard constraint holds or fails. */
export const CONSTRAINT_OUTCOMES = [
  'MET',
  'MISSING',
  'PENDING',
  'REJECTED',
  'EXPIRED',
  'EXPIRES_BEFORE_DEADLINE',
  'LEVEL_TOO_LOW',
  'NOT_VERIFIED',
  'SUSPENDED',
] as const;
export type ConstraintOutcome = (typeof CONSTRAINT_OUTCOMES)[number];

export interface ConstraintCheck {
  /** ORGANIZATION: verified and not suspended; QUALIFICATION: one required certificate. */
  kind: 'ORGANIZATION' | 'QUALIFICATION';
  qualificationType: QualificationTypeCode | null;
  requiredLevel: number | null;
  /** The best level the firm holds of that type (SECRECY), if any. */
  heldLevel: number | null;
  /** Expiry of the certificate that meets (or nearly meets) the requirement. */
  expiresOn: string | null;
  outcome: ConstraintOutcome;
  met: boolean;
}

export interface ComponentScore {
  component: MatchComponent;
  /** 0..1 */
  value: number;
  weight: number;
  /** value × weight */
  contribution: number;
}

export interface MatchAssessment {
  /** Every hard constraint met. */
  eligible: boolean;
  /** 0..1, sum of the contributions (also computed for ineligible firms, for "almost matched"). */
  score: number;
  constraints: ConstraintCheck[];
  components: ComponentScore[];
  /** Key terms of the demand found in the firm's profile (synonyms count). */
  matchedTerms: string[];
}

/** Where a key term of a demand was found: its title says more about what is wanted than its description. */
export type KeyTermSource = 'title' | 'description';

/** A phrase of a demand that a supplier's profile should contain, as written in the demand. */
export interface KeyTerm {
  term: string;
  weight: number;
  source: KeyTermSource;
}

/** How much of a demand's wording a firm's profile covers. */
export interface TextRelevance {
  /** 0..1 */
  value: number;
  /** Key terms (as written in the demand) substantially found in the profile. */
  matchedTerms: string[];
}

/**
 * One thing textRelevance looks for: a character pair, an ASCII word or a synonym group. `keys` holds
 * alternatives (a term in two synonym groups matches either group); `weight` is how much finding it counts.
 */
export interface TextFeature {
  keys: readonly string[];
  weight: number;
}
