import type { DemandForMatching, EnterpriseForMatching } from '@mcf/domain';
import { profileCompleteness } from '@mcf/domain';
import type { DemandRecord as Demand } from '../demands/demand-queries.service.js';
import type { EnterpriseSnapshot } from '../enterprises/enterprise-snapshots.service.js';

/** What matching reads of a demand and of a firm, from their stored forms. */
export function demandForMatching(demand: Demand): DemandForMatching {
  return {
    title: demand.title,
    description: demand.description,
    sectors: demand.sectors,
    requiredQualifications: demand.requiredQualifications.map((q) => ({
      type: q.type,
      minLevel: q.minLevel ?? null,
    })),
    regionCode: demand.regionCode,
    deadline: demand.deadline,
  };
}

export function enterpriseForMatching(snapshot: EnterpriseSnapshot): EnterpriseForMatching | null {
  const profile = snapshot.profile;
  if (!profile) return null;
  return {
    name: snapshot.name,
    summary: profile.summary ?? '',
    products: profile.products,
    capabilities: profile.capabilities,
    equipment: profile.equipment,
    sectors: profile.sectors,
    regionCode: snapshot.regionCode,
    qualifications: snapshot.qualifications,
    organizationStatus: snapshot.organizationStatus,
    completeness: profileCompleteness(profile).score,
    lastConfirmedAt: snapshot.lastConfirmedAt?.toISOString() ?? null,
  };
}

