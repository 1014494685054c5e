import { type ProfileContent } from '@mcf/contracts';
import {
  type DemandStatus,
  type DemandVisibility,
  isVettedNow,
  profileCompleteness,
  provinceOf,
  qualificationTypeByCode,
  qualificationValidUntil,
  type QualificationValidUntil,
  type QualificationTypeCode,
  type SectorCode,
} from '@mcf/domain';
import { type EnterpriseSnapshot, isSearchable } from '../enterprises/enterprise-snapshots.service.js';
import type { DemandRecord as Demand } from '../demands/demand-queries.service.js';

/** The prefecture-level city of a county code (421202 → 421200). */
function cityOf(code: string | null): string | null {
  return code && /^\d{6}$/.test(code) ? `${code.slice(0, 4)}00` : null;
}

/** What the enterprises index holds of a firm (public fields only). */
export interface EnterpriseDocument extends Record<string, unknown> {
  id: string;
  name: string;
  summary: string;
  products: string[];
  capabilities: string[];
  equipment: string[];
  sectors: SectorCode[];
  regionCode: string | null;
  cityCode: string | null;
  provinceCode: string | null;
  verified: boolean;
  /** Demo data: the hit carries a 演示 tag. */
  isDemo: boolean;
  /** Types of the certificates that are approved and unexpired on the day of indexing. */
  validQualificationTypes: QualificationTypeCode[];
  /** The best (lowest) valid secrecy level, if any. */
  secrecyLevel: number | null;
  /** Matching may list the firm: verified (a document exists only for verified and pending firms). */
  listable: boolean;
  /** Last valid day (YYYYMMDD) of each approved certificate type, for matching's eligibility filter. */
  qualificationValidUntil: QualificationValidUntil;
  qualificationNames: string[];
  completeness: number;
  updatedAt: number;
  indexVersion: number;
}

/** What the demands index holds of a published demand. */
export interface DemandDocument extends Record<string, unknown> {
  id: string;
  organizationId: string;
  organizationName: string;
  title: string;
  description: string;
  sectors: SectorCode[];
  regionCode: string | null;
  cityCode: string | null;
  provinceCode: string | null;
  status: DemandStatus;
  visibility: DemandVisibility;
  requiredQualificationTypes: QualificationTypeCode[];
  requiredQualificationNames: string[];
  deliveryPlace: string | null;
  deadline: string | null;
  publishedAt: number;
  budgetMin: number | null;
  budgetMax: number | null;
  invitedEnterpriseIds: string[];
  indexVersion: number;
}

/** The document of a firm, or null when it must not be searchable (no published profile, rejected, suspended). */
export function enterpriseDocument(
  snapshot: EnterpriseSnapshot,
  now: Date,
  indexVersion: number,
): EnterpriseDocument | null {
  const profile: ProfileContent | null = snapshot.profile;
  if (!profile || !isSearchable(snapshot)) return null;
  const valid = snapshot.qualifications.filter((q) => isVettedNow(q, now));
  const secrecy = valid.filter((q) => q.type === 'SECRECY' && q.level !== null).map((q) => q.level!);
  return {
    id: snapshot.organizationId,
    name: snapshot.name,
    summary: profile.summary ?? '',
    products: profile.products,
    capabilities: profile.capabilities,
    equipment: profile.equipment,
    sectors: profile.sectors,
    regionCode: snapshot.regionCode,
    cityCode: cityOf(snapshot.regionCode),
    provinceCode: snapshot.regionCode ? (provinceOf(snapshot.regionCode) ?? null) : null,
    verified: snapshot.organizationStatus === 'VERIFIED',
    isDemo: snapshot.isDemo === true,
    validQualificationTypes: [...new Set(valid.map((q) => q.type))].sort(),
    secrecyLevel: secrecy.length > 0 ? Math.min(...secrecy) : null,
    listable: snapshot.organizationStatus === 'VERIFIED',
    qualificationValidUntil: qualificationValidUntil(snapshot.qualifications),
    qualificationNames: [
      ...new Set(
        valid.map((q) =>
          q.type === 'OTHER' && q.otherName ? q.otherName : qualificationTypeByCode(q.type).nameZh,
        ),
      ),
    ],
    completeness: profileCompleteness(profile).score,
    updatedAt: (snapshot.publishedAt ?? now).getTime(),
    indexVersion,
  };
}

/**
 * The document of a demand, or null unless it is published. The invited firms are required: an
 * INVITED demand indexed without them would vanish from its invited firms' searches.
 */
export function demandDocument(
  demand: Demand,
  organizationName: string,
  indexVersion: number,
  invitedEnterpriseIds: readonly string[],
): DemandDocument | null {
  if (demand.status !== 'PUBLISHED') return null;
  return {
    id: demand.id,
    organizationId: demand.organizationId,
    organizationName,
    title: demand.title,
    description: demand.description,
    sectors: demand.sectors,
    regionCode: demand.regionCode,
    cityCode: cityOf(demand.regionCode),
    provinceCode: demand.regionCode ? (provinceOf(demand.regionCode) ?? null) : null,
    status: demand.status,
    visibility: demand.visibility,
    requiredQualificationTypes: demand.requiredQualifications.map((q) => q.type),
    requiredQualificationNames: demand.requiredQualifications.map(
      (q) => qualificationTypeByCode(q.type).nameZh,
    ),
    deliveryPlace: demand.deliveryPlace,
    deadline: demand.deadline,
    publishedAt: (demand.publishedAt ?? demand.updatedAt).getTime(),
    budgetMin: demand.budgetMin,
    budgetMax: demand.budgetMax,
    invitedEnterpriseIds: [...invitedEnterpriseIds].sort(),
    indexVersion,
  };
}
