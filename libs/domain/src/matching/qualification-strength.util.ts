import { qualificationCountsOn } from '../qualifications/qualification-validity.util.js';
import { DEFENSE_QUALIFICATION_CREDIT, DEFENSE_QUALIFICATION_TYPES } from './match-component.constant.js';
import { type ConstraintCheck, type HeldQualification } from './match.types.js';

/**
 * QUALIFICATION, 0..1: 1 when a demand requires certificates and every one is met; otherwise graded by
 * how many kinds of defense certificate (GJB9001C, SECRECY, WEAPONS_PERMIT, EQUIPMENT_SUPPLIER) the firm
 * holds vetted today, so that among suppliers for a demand without requirements the one already in
 * defense supply ranks a little higher.
 */
export function qualificationStrength(
  constraints: readonly ConstraintCheck[],
  qualifications: readonly HeldQualification[],
  today: string,
): number {
  const required = constraints.filter((check) => check.kind === 'QUALIFICATION');
  if (required.length > 0 && required.every((check) => check.met)) return 1;
  const vettedTypes = new Set(
    qualifications
      .filter((qualification) => DEFENSE_QUALIFICATION_TYPES.includes(qualification.type))
      .filter((qualification) => qualificationCountsOn(qualification, today))
      .map((qualification) => qualification.type),
  );
  return DEFENSE_QUALIFICATION_CREDIT[vettedTypes.size] ?? 1;
}
