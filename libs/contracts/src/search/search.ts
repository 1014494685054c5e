import { QUALIFICATION_TYPE_CODES, SECTOR_CODES } from '@mcf/domain';
import { z } from 'zod';
import { RegionCodeSchema } from '../auth/field-rules.js';
import { DemandVisibilitySchema } from '../demands/demands.js';

/** `a,b,c` or repeated `?x=a&x=b`, each value validated on its own. */
function listOf<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(
    (raw) =>
      raw === undefined
        ? []
        : (Array.isArray(raw) ? raw : [raw])
            .flatMap((v) => String(v).split(','))
            .map((v) => v.trim())
            .filter((v) => v !== ''),
    z.array(item).max(max),
  );
}

const SearchBaseQuery = {
  q: z.string().trim().max(200).default(''),
  sectors: listOf(z.enum(SECTOR_CODES), 13),
  regions: listOf(RegionCodeSchema, 20),
  page: z.coerce.number().int().min(1).max(500).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
};

export const ENTERPRISE_SORTS = ['relevance', 'updatedAt:desc', 'name:asc', 'completeness:desc'] as const;
export const DEMAND_SORTS = ['relevance', 'publishedAt:desc', 'deadline:asc', 'budgetMax:desc'] as const;

/** `GET /api/v1/search/enterprises` */
export const EnterpriseSearchQuerySchema = z
  .object({
    ...SearchBaseQuery,
    /** Firms holding a vetted, unexpired certificate of each of these types. */
    qualifications: listOf(z.enum(QUALIFICATION_TYPE_CODES), 9),
    verifiedOnly: z.enum(['true', 'false']).default('false'),
    sort: z.enum(ENTERPRISE_SORTS).default('relevance'),
  })
  .strict();
export type EnterpriseSearchQuery = z.infer<typeof EnterpriseSearchQuerySchema>;

/** `GET /api/v1/search/demands`: only open (published) demands the caller may see. */
export const DemandSearchQuerySchema = z
  .object({
    ...SearchBaseQuery,
    /** Demands requiring each of these qualification types. */
    qualifications: listOf(z.enum(QUALIFICATION_TYPE_CODES), 9),
    sort: z.enum(DEMAND_SORTS).default('relevance'),
  })
  .strict();
export type DemandSearchQuery = z.infer<typeof DemandSearchQuerySchema>;

/** Counts per value of each facet, for the current query and filters. */
export const FacetCountsSchema = z.record(z.string(), z.record(z.string(), z.number().int()));

/** Highlighted copies of the matched fields: matched words wrapped in <mark>…</mark>, everything else HTML-escaped. */
const highlight = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

export const EnterpriseHitSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  summary: z.string(),
  sectors: z.array(z.enum(SECTOR_CODES)),
  products: z.array(z.string()),
  capabilities: z.array(z.string()),
  regionCode: z.string().nullable(),
  verified: z.boolean(),
  /** Demo data (loaded by DEMO_DATA), shown with a 演示 tag. */
  isDemo: z.boolean(),
  validQualificationTypes: z.array(z.enum(QUALIFICATION_TYPE_CODES)),
  secrecyLevel: z.number().int().nullable(),
  updatedAt: z.string(),
  highlight,
});
export type EnterpriseHit = z.infer<typeof EnterpriseHitSchema>;

export const DemandHitSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  /** Null where the caller may see only the summary (VERIFIED_SUPPLIERS and not verified). */
  description: z.string().nullable(),
  organizationName: z.string(),
  sectors: z.array(z.enum(SECTOR_CODES)),
  requiredQualificationTypes: z.array(z.enum(QUALIFICATION_TYPE_CODES)),
  regionCode: z.string().nullable(),
  deadline: z.string().nullable(),
  visibility: DemandVisibilitySchema,
  publishedAt: z.string().nullable(),
  /** Yuan; null where not given or where the caller may see only the summary. */
  budgetMin: z.number().nullable(),
  budgetMax: z.number().nullable(),
  highlight,
});
export type DemandHit = z.infer<typeof DemandHitSchema>;

function searchResultOf<T extends z.ZodType>(hit: T) {
  return z.object({
    items: z.array(hit),
    /** Hits the engine counted; it stops counting at its limit (maxTotalHits), see totalIsLowerBound. */
    total: z.number().int(),
    /** True when `total` is the engine's limit: there are at least this many (show "5,000+"). */
    totalIsLowerBound: z.boolean(),
    /** The last page the engine returns hits for (it returns none past its limit); 0 when nothing was found. */
    lastPage: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: FacetCountsSchema,
    processingTimeMs: z.number().int(),
  });
}
export const EnterpriseSearchResultSchema = searchResultOf(EnterpriseHitSchema);
export type EnterpriseSearchResult = z.infer<typeof EnterpriseSearchResultSchema>;
export const DemandSearchResultSchema = searchResultOf(DemandHitSchema);
export type DemandSearchResult = z.infer<typeof DemandSearchResultSchema>;

/** `GET /api/v1/search/suggestions?q=&index=enterprises|demands`: completions as the user types. */
export const SuggestionQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(50),
    index: z.enum(['enterprises', 'demands']).default('enterprises'),
  })
  .strict();
export const SuggestionsSchema = z.object({ suggestions: z.array(z.string()) });
export type Suggestions = z.infer<typeof SuggestionsSchema>;

/** `GET /search/related-terms`: what to try when a search finds nothing (from the matching vocabulary). */
export const RelatedTermsQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(100),
  })
  .strict();
export const RelatedTermsSchema = z.object({
  terms: z.array(
    z.object({
      term: z.string(),
      /** equivalent: another name of the query; broader: what the query is a kind of; narrower: kinds of it. */
      relation: z.enum(['equivalent', 'broader', 'narrower']),
    }),
  ),
});
export type RelatedTerms = z.infer<typeof RelatedTermsSchema>;
