/** What the completeness indicator looks at in a capability profile (能力档案). */
export interface ProfileCompletenessInput {
  summary?: string | null;
  sectors?: readonly string[];
  products?: readonly string[];
  capabilities?: readonly string[];
  equipment?: readonly string[];
  capacity?: string | null;
  employees?: number | null;
  foundedYear?: number | null;
  regionCode?: string | null;
  website?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
}

export const PROFILE_FIELDS = [
  'summary',
  'sectors',
  'products',
  'capabilities',
  'equipment',
  'capacity',
  'employees',
  'foundedYear',
  'regionCode',
  'website',
  'contact',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

// What procurers search and match on weighs most; the rest helps them trust and reach the firm.
const WEIGHTS: Record<ProfileField, number> = {
  summary: 15,
  sectors: 12,
  products: 15,
  capabilities: 15,
  equipment: 8,
  capacity: 7,
  employees: 5,
  foundedYear: 4,
  regionCode: 7,
  website: 2,
  contact: 10,
};

/** A summary shorter than this says too little to be matched on. */
export const SUMMARY_MIN_LENGTH = 30;

const filled = (value: string | null | undefined) => typeof value === 'string' && value.trim().length > 0;
const hasItems = (values: readonly string[] | undefined) => (values ?? []).some((v) => v.trim().length > 0);

function isPresent(profile: ProfileCompletenessInput, field: ProfileField): boolean {
  switch (field) {
    case 'summary':
      return filled(profile.summary) && [...profile.summary!.trim()].length >= SUMMARY_MIN_LENGTH;
    case 'sectors':
    case 'products':
    case 'capabilities':
    case 'equipment':
      return hasItems(profile[field]);
    case 'capacity':
    case 'regionCode':
    case 'website':
      return filled(profile[field]);
    case 'employees':
    case 'foundedYear':
      return typeof profile[field] === 'number';
    case 'contact':
      return filled(profile.contactName) && filled(profile.contactPhone);
  }
}

/**
 * How complete a profile is (0–100) and what is missing, most valuable first, so that the editor can
 * tell the firm what to add next.
 */
export function profileCompleteness(profile: ProfileCompletenessInput): { score: number; missing: ProfileField[] } {
  const missing = PROFILE_FIELDS.filter((field) => !isPresent(profile, field)).sort((a, b) => WEIGHTS[b] - WEIGHTS[a]);
  const score = PROFILE_FIELDS.reduce((sum, field) => sum + (missing.includes(field) ? 0 : WEIGHTS[field]), 0);
  return { score, missing };
}

/** A published profile not reconfirmed for this long is marked stale and its owner reminded. */
export const PROFILE_STALE_AFTER_DAYS = 365;

export function isProfileStale(lastConfirmedAt: Date, now: Date): boolean {
  return now.getTime() - lastConfirmedAt.getTime() > PROFILE_STALE_AFTER_DAYS * 86_400_000;
}
