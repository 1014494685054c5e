import {
  API_PREFIX,
  type DEMAND_SORTS,
  type DemandSearchResult,
  type ENTERPRISE_SORTS,
  type EnterpriseSearchResult,
  type RelatedTerms,
  type Suggestions,
} from '@mcf/contracts';
import type { QualificationTypeCode, SectorCode } from '@mcf/domain';
import { http } from './http';

const SEARCH = `${API_PREFIX}/search`;

export type EnterpriseSort = (typeof ENTERPRISE_SORTS)[number];
export type DemandSort = (typeof DEMAND_SORTS)[number];
export type SearchIndexName = 'enterprises' | 'demands';

/** What the search pages ask; lists go on the wire as `a,b,c`, empty values are left out. */
export interface SearchParams<Sort extends string> {
  q?: string;
  sectors?: readonly SectorCode[];
  regions?: readonly string[];
  qualifications?: readonly QualificationTypeCode[];
  sort?: Sort;
  page?: number;
  pageSize?: number;
}

export interface EnterpriseSearchParams extends SearchParams<EnterpriseSort> {
  verifiedOnly?: boolean;
}

export type DemandSearchParams = SearchParams<DemandSort>;

const list = (values: readonly string[] | undefined) => (values && values.length > 0 ? values.join(',') : undefined);
const text = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);

/** The query string of a search: only what is set, lists comma-joined. Exported for tests. */
export function searchQuery(params: EnterpriseSearchParams | DemandSearchParams) {
  return {
    q: text(params.q),
    sectors: list(params.sectors),
    regions: list(params.regions),
    qualifications: list(params.qualifications),
    verifiedOnly: 'verifiedOnly' in params && params.verifiedOnly ? 'true' : undefined,
    sort: params.sort && params.sort !== 'relevance' ? params.sort : undefined,
    page: params.page,
    pageSize: params.pageSize,
  };
}

/** `GET /search/enterprises` (public): published supplier profiles with facets and highlights. */
export function searchEnterprises(
  params: EnterpriseSearchParams,
  signal?: AbortSignal,
): Promise<EnterpriseSearchResult> {
  return http.get<EnterpriseSearchResult>(`${SEARCH}/enterprises`, { query: searchQuery(params), signal });
}

/** `GET /search/demands` (public): open demands the caller may see. */
export function searchDemands(params: DemandSearchParams, signal?: AbortSignal): Promise<DemandSearchResult> {
  return http.get<DemandSearchResult>(`${SEARCH}/demands`, { query: searchQuery(params), signal });
}

/** `GET /search/suggestions`: completions as the user types (1–50 characters). */
export function getSuggestions(q: string, index: SearchIndexName, signal?: AbortSignal): Promise<Suggestions> {
  return http.get<Suggestions>(`${SEARCH}/suggestions`, { query: { q, index }, signal });
}

/** `GET /search/related-terms` (public): other names, broader and narrower terms of a query that found nothing. */
export function getRelatedTerms(q: string, signal?: AbortSignal): Promise<RelatedTerms> {
  return http.get<RelatedTerms>(`${SEARCH}/related-terms`, { query: { q }, signal });
}
