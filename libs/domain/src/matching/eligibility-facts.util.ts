import { hasLevel } from '../qualifications/has-level.util.js';
import { SECRECY_LEVELS } from '../qualifications/secrecy-level.constant.js';
import { type DemandForMatching, type HeldQualification, type RequiredQualification } from './match.types.js';

/**
 * The hard constraints of matching as facts a search engine can filter on, so that candidate retrieval asks
 * only for firms that can be listed: per certificate type, the last day (YYYYMMDD as a number) an approved
 * certificate of that type is valid; for SECRECY one key per level, `SECRECY_2` holding the last day of an
 * approved certificate of level 2 or higher (1 is the highest), since a level-2 demand accepts 1 and 2.
 * Pending and rejected certificates never count; expiry is compared with the demand's date in the filter.
 */
export type QualificationValidUntil = Record<string, number>;

const dayNumber = (date: string): number => Number(date.replaceAll('-', ''));

/** The key of a requirement in QualificationValidUntil. */
export function qualificationFactKey(required: RequiredQualification): string {
  return hasLevel(required.type) && required.minLevel !== null ? `${required.type}_${required.minLevel}` : required.type;
}

export function qualificationValidUntil(qualifications: readonly HeldQualification[]): QualificationValidUntil {
  const facts: QualificationValidUntil = {};
  const extend = (key: string, expiresOn: string): void => {
    facts[key] = Math.max(facts[key] ?? 0, dayNumber(expiresOn));
  };
  for (const qualification of qualifications) {
    if (qualification.status !== 'APPROVED') continue;
    extend(qualification.type, qualification.expiresOn);
    if (hasLevel(qualification.type) && qualification.level !== null)
      for (const level of SECRECY_LEVELS) if (qualification.level <= level) extend(`${qualification.type}_${level}`, qualification.expiresOn);
  }
  return facts;
}

/** The day every required certificate must be valid through: the deadline, or today when it has passed or is unset. */
export function validThroughOf(demand: Pick<DemandForMatching, 'deadline'>, today: string): string {
  return demand.deadline !== null && demand.deadline > today ? demand.deadline : today;
}

/**
 * The conditions (attribute, lowest valid-until day) a firm's QualificationValidUntil must meet for a demand:
 * one per requirement. The search engine's filter and checkHardConstraints read the same requirement.
 */
export function eligibilityConditions(
  demand: Pick<DemandForMatching, 'deadline' | 'requiredQualifications'>,
  today: string,
): Array<{ key: string; atLeast: number }> {
  const atLeast = dayNumber(validThroughOf(demand, today));
  return [...new Set(demand.requiredQualifications.map(qualificationFactKey))].map((key) => ({ key, atLeast }));
}
