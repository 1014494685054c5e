import { Injectable } from '@nestjs/common';
import type {
  DemandHit,
  DemandSearchQuery,
  DemandSearchResult,
  EnterpriseHit,
  EnterpriseSearchQuery,
  EnterpriseSearchResult,
  RelatedTerms,
  Suggestions,
} from '@mcf/contracts';
import {
  demandAccess,
  demandConditionFilter,
  demandAccessAtLeast,
  demandsListedCondition,
  readsDetailsOfEveryReadableDemand,
  relatedTerms,
} from '@mcf/domain';
import type { SearchParams, SearchResponse } from 'meilisearch';
import { type Actor, demandViewerOf } from '../../core/auth/actor.js';
import { AppError } from '../../core/http/app-error.js';
import { SearchClient } from '../../core/search/search.client.js';
import { MAX_TOTAL_HITS, SearchIndex } from '../../core/search/search-indexes.js';
import type { DemandDocument, EnterpriseDocument } from '../indexing/search-documents.js';
import { VocabularyService } from '../vocabulary/vocabulary.service.js';
import { allOf, anyOf, equals, HIGHLIGHT_TAGS, regionFilter, safeHighlight } from './filter-expression.js';

const ENTERPRISE_FACETS = ['sectors', 'regionCode', 'validQualificationTypes'];
const DEMAND_FACETS = ['sectors', 'regionCode', 'requiredQualificationTypes'];

function highlightOf(
  formatted: Record<string, unknown> | undefined,
  fields: readonly string[],
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const field of fields) {
    const value = formatted?.[field];
    if (typeof value === 'string') result[field] = safeHighlight(value);
    else if (Array.isArray(value)) result[field] = value.map((v) => safeHighlight(String(v)));
  }
  return result;
}

function facetCounts(
  distribution: Record<string, Record<string, number>> | undefined,
): Record<string, Record<string, number>> {
  return distribution ?? {};
}

/**
 * The demands the viewer finds, as a filter inside the engine's query (so counts and facets never
 * leak): open ones it may read, by the visibility rule of `@mcf/domain`.
 */
export function demandsListedFilter(actor: Actor | undefined): string | null {
  return demandConditionFilter(demandsListedCondition(demandViewerOf(actor)));
}

/**
 * Whether the viewer's search looks into demands' details. Viewers who may not read the details of
 * every demand search titles only, so that a word in a hidden description cannot be probed through
 * hit counts.
 */
export function searchesDemandDetails(actor: Actor | undefined): boolean {
  return readsDetailsOfEveryReadableDemand(demandViewerOf(actor));
}

/** Whether the viewer reads the details of this found demand. */
function readsDetailsOf(actor: Actor | undefined, hit: DemandDocument): boolean {
  const access = demandAccess(demandViewerOf(actor), {
    status: hit.status,
    visibility: hit.visibility,
    organizationId: hit.organizationId,
    invitedOrganizationIds: hit.invitedEnterpriseIds ?? [],
  });
  return demandAccessAtLeast(access, 'DETAILS');
}

/**
 * The total as the engine counts it, which stops at the index's maxTotalHits, and the last page it
 * returns hits for: a caller shows "5,000+" and offers no page past it.
 */
export function totalsOf(total: number, index: SearchIndex, pageSize: number) {
  const reachable = Math.min(total, MAX_TOTAL_HITS[index]);
  return { total, totalIsLowerBound: total >= MAX_TOTAL_HITS[index], lastPage: Math.ceil(reachable / pageSize) };
}

/** The engine is unreachable: the caller gets a 503 problem, and may retry. */
async function engine<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    // An index that has never held a document knows no attributes and refuses attributesToSearchOn:
    // it has no hits either.
    if ((error as { cause?: { code?: string } }).cause?.code === 'invalid_search_attributes_to_search_on') {
      return {
        hits: [],
        totalHits: 0,
        estimatedTotalHits: 0,
        facetDistribution: {},
        processingTimeMs: 0,
        query: '',
      } as T;
    }
    const name = (error as Error).name;
    if (name === 'MeilisearchRequestError' || name === 'MeilisearchRequestTimeOutError') {
      throw new AppError(503, 'SEARCH_UNAVAILABLE', {
        en: 'Search is temporarily unavailable; please try again shortly',
        zh: '搜索服务暂时不可用，请稍后再试',
      });
    }
    throw error;
  }
}

/** Search over firms and demands, with filters built only from validated, quoted values. */
@Injectable()
export class SearchService {
  constructor(
    private readonly search: SearchClient,
    private readonly vocabulary: VocabularyService,
  ) {}

  /** Terms to try after an empty search: the vocabulary in force, so approved suggestions count too. */
  async relatedTerms(q: string): Promise<RelatedTerms> {
    return { terms: relatedTerms(await this.vocabulary.current(), q) };
  }

  async enterprises(query: EnterpriseSearchQuery): Promise<EnterpriseSearchResult> {
    const filter = allOf([
      anyOf('sectors', query.sectors),
      regionFilter(query.regions),
      ...query.qualifications.map((q) => equals('validQualificationTypes', q)),
      query.verifiedOnly === 'true' ? equals('verified', true) : null,
    ]);
    const params: SearchParams = {
      filter,
      facets: ENTERPRISE_FACETS,
      page: query.page,
      hitsPerPage: query.pageSize,
      sort: query.sort === 'relevance' ? undefined : [query.sort],
      attributesToHighlight: ['name', 'summary', 'products', 'capabilities'],
      attributesToCrop: ['summary:80'],
      ...HIGHLIGHT_TAGS,
      ...(query.q ? { locales: ['cmn'] } : {}),
    };
    const response = (await engine(
      this.search.index<EnterpriseDocument>(SearchIndex.ENTERPRISES).search(query.q, params),
    )) as SearchResponse<EnterpriseDocument>;
    const items: EnterpriseHit[] = response.hits.map((hit) => ({
      id: hit.id,
      name: hit.name,
      summary: hit.summary,
      sectors: hit.sectors,
      products: hit.products,
      capabilities: hit.capabilities,
      regionCode: hit.regionCode,
      verified: hit.verified,
      // Documents indexed before the field existed count as real firms until they are indexed again.
      isDemo: hit.isDemo === true,
      validQualificationTypes: hit.validQualificationTypes,
      secrecyLevel: hit.secrecyLevel,
      updatedAt: new Date(hit.updatedAt).toISOString(),
      highlight: highlightOf(hit._formatted as Record<string, unknown> | undefined, [
        'name',
        'summary',
        'products',
        'capabilities',
      ]),
    }));
    return {
      items,
      ...totalsOf(response.totalHits ?? items.length, SearchIndex.ENTERPRISES, query.pageSize),
      page: query.page,
      pageSize: query.pageSize,
      facets: facetCounts(response.facetDistribution),
      processingTimeMs: response.processingTimeMs,
    };
  }

  async demands(actor: Actor | undefined, query: DemandSearchQuery): Promise<DemandSearchResult> {
    const details = searchesDemandDetails(actor);
    const filter = allOf([
      demandsListedFilter(actor),
      anyOf('sectors', query.sectors),
      regionFilter(query.regions),
      ...query.qualifications.map((q) => equals('requiredQualificationTypes', q)),
    ]);
    const params: SearchParams = {
      filter,
      facets: DEMAND_FACETS,
      page: query.page,
      hitsPerPage: query.pageSize,
      sort: query.sort === 'relevance' ? undefined : [query.sort],
      ...(details ? {} : { attributesToSearchOn: ['title', 'requiredQualificationNames'] }),
      attributesToHighlight: details ? ['title', 'description'] : ['title'],
      attributesToCrop: ['description:80'],
      ...HIGHLIGHT_TAGS,
      ...(query.q ? { locales: ['cmn'] } : {}),
    };
    const response = (await engine(
      this.search.index<DemandDocument>(SearchIndex.DEMANDS).search(query.q, params),
    )) as SearchResponse<DemandDocument>;
    const items: DemandHit[] = response.hits.map((hit) => {
      const full = readsDetailsOf(actor, hit);
      return {
        id: hit.id,
        title: hit.title,
        description: full ? hit.description : null,
        organizationName: hit.organizationName,
        sectors: hit.sectors,
        requiredQualificationTypes: hit.requiredQualificationTypes,
        regionCode: hit.regionCode,
        deadline: hit.deadline,
        visibility: hit.visibility,
        publishedAt: new Date(hit.publishedAt).toISOString(),
        // Documents indexed before budgets were shown carry no minimum until they are indexed again.
        budgetMin: full ? (hit.budgetMin ?? null) : null,
        budgetMax: full ? (hit.budgetMax ?? null) : null,
        highlight: highlightOf(
          hit._formatted as Record<string, unknown> | undefined,
          full ? ['title', 'description'] : ['title'],
        ),
      };
    });
    return {
      items,
      ...totalsOf(response.totalHits ?? items.length, SearchIndex.DEMANDS, query.pageSize),
      page: query.page,
      pageSize: query.pageSize,
      facets: facetCounts(response.facetDistribution),
      processingTimeMs: response.processingTimeMs,
    };
  }

  /** Completions as the user types: names, products and titles that contain what was typed or rank first. */
  async suggestions(
    actor: Actor | undefined,
    q: string,
    index: 'enterprises' | 'demands',
  ): Promise<Suggestions> {
    const needle = q.toLowerCase();
    const found = new Set<string>();
    if (index === 'enterprises') {
      const response = await engine(
        this.search.index<EnterpriseDocument>(SearchIndex.ENTERPRISES).search(q, {
          limit: 8,
          attributesToRetrieve: ['name', 'products', 'capabilities'],
          locales: ['cmn'],
        }),
      );
      for (const hit of response.hits) {
        for (const term of [...hit.products, ...hit.capabilities])
          if (term.toLowerCase().includes(needle)) found.add(term);
      }
      for (const hit of response.hits) found.add(hit.name);
    } else {
      const response = await engine(
        this.search.index<DemandDocument>(SearchIndex.DEMANDS).search(q, {
          limit: 8,
          attributesToRetrieve: ['title'],
          attributesToSearchOn: ['title'],
          filter: demandsListedFilter(actor) ?? undefined,
          locales: ['cmn'],
        }),
      );
      for (const hit of response.hits) found.add(hit.title);
    }
    return { suggestions: [...found].slice(0, 8) };
  }
}
