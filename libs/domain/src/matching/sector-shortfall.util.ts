import { type EmptyMatchFacts } from './empty-match-message.util.js';
import { eligibilityConditions, qualificationFactKey, qualificationValidUntil } from './eligibility-facts.util.js';
import { type DemandForMatching, type EnterpriseFacts } from './match.types.js';

/**
 * The counts of an empty match's explanation, from the firms' facts as matching holds them: the verified
 * firms sharing a sector with the demand (every firm when the demand names none), and for each requirement
 * how many of those lack it (no approved certificate of the type, at the level, valid through the deadline,
 * as eligibilityConditions reads it). Counted from the same facts the matcher scores with, so the message
 * never disagrees with the weak matches listed under it.
 */
export function sectorShortfall(
  firms: Iterable<EnterpriseFacts>,
  demand: Pick<DemandForMatching, 'sectors' | 'deadline' | 'requiredQualifications'>,
  today: string,
): { sectorFirms: number; missing: Array<EmptyMatchFacts['missing'][number]> } {
  const wanted = new Set<string>(demand.sectors);
  const conditions = new Map(eligibilityConditions(demand, today).map((c) => [c.key, c.atLeast]));
  const requirements = demand.requiredQualifications.map((required) => ({
    required,
    atLeast: conditions.get(qualificationFactKey(required)) ?? 0,
    key: qualificationFactKey(required),
    lacking: 0,
  }));
  let sectorFirms = 0;
  for (const firm of firms) {
    if (firm.organizationStatus !== 'VERIFIED') continue;
    if (wanted.size > 0 && !firm.sectors.some((sector) => wanted.has(sector))) continue;
    sectorFirms++;
    if (requirements.length === 0) continue;
    const validUntil = qualificationValidUntil(firm.qualifications);
    for (const requirement of requirements) if ((validUntil[requirement.key] ?? 0) < requirement.atLeast) requirement.lacking++;
  }
  return {
    sectorFirms,
    missing: requirements.map(({ required, lacking }) => ({
      qualificationType: required.type,
      requiredLevel: required.minLevel,
      firms: lacking,
    })),
  };
}
