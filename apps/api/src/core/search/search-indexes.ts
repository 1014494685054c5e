import { baseVocabulary } from '@mcf/domain';
import type { Settings } from 'meilisearch';

/** The indexes of the platform, by logical name; the physical uid carries SEARCH_INDEX_PREFIX. */
export enum SearchIndex {
  ENTERPRISES = 'enterprises',
  DEMANDS = 'demands',
  OFFERS = 'offers',
  TALENTS = 'talents',
}

// The shipped vocabulary's equivalents, abbreviations (two-way) and broader → narrower terms (one-way); the
// SearchClient replaces them with the vocabulary in force (approved suggestions too) through settingsOf.
const synonyms = { ...baseVocabulary().meilisearchSynonyms };
const chineseFirst = { locales: ['cmn' as const, 'eng' as const] };
/**
 * What indexing builds that the platform never asks for. Proximity is kept per attribute, not per word
 * pair: the word-pair database was the engine's largest indexing cost, and matching ranks candidates from
 * its own features, not by the engine's proximity. No facet is searched by value (facet counts and
 * filters stay). Measured 2026-12-07 at 10⁵ synthetic firms, the same documents added in batches of
 * 10,000, CPU seconds of Meilisearch: firms 70.1 s → 44.5 s, demands (70,057) 35.5 s → 19.2 s; proximity
 * alone made 35.5 → 20.1 of it.
 */
const indexingCost = { proximityPrecision: 'byAttribute' as const, facetSearch: false };

/**
 * Index settings live in code and are applied at every start, so that an index always matches the
 * version of the app that serves it.
 */
/** How many hits a search can count and page through (the engine returns none past it). */
export const MAX_TOTAL_HITS: Record<SearchIndex, number> = {
  [SearchIndex.ENTERPRISES]: 20_000,
  [SearchIndex.DEMANDS]: 5_000,
  [SearchIndex.OFFERS]: 5_000,
  [SearchIndex.TALENTS]: 5_000,
};

export const SEARCH_INDEX_SETTINGS: Record<SearchIndex, Settings> = {
  [SearchIndex.ENTERPRISES]: {
    searchableAttributes: ['name', 'products', 'capabilities', 'summary', 'equipment', 'qualificationNames'],
    filterableAttributes: ['sectors', 'regionCode', 'cityCode', 'provinceCode', 'validQualificationTypes', 'verified', 'secrecyLevel', 'id', 'listable', 'qualificationValidUntil'],
    sortableAttributes: ['name', 'updatedAt', 'completeness'],
    displayedAttributes: ['*'],
    ...indexingCost,
    localizedAttributes: [{ attributePatterns: ['name', 'products', 'capabilities', 'summary', 'equipment', 'qualificationNames'], ...chineseFirst }],
    synonyms,
    // Matching asks for every eligible firm sharing a key term, thousands at 10⁵ firms.
    pagination: { maxTotalHits: MAX_TOTAL_HITS[SearchIndex.ENTERPRISES] },
    faceting: { maxValuesPerFacet: 200 },
  },
  [SearchIndex.DEMANDS]: {
    searchableAttributes: ['title', 'description', 'requiredQualificationNames', 'deliveryPlace'],
    filterableAttributes: ['sectors', 'regionCode', 'cityCode', 'provinceCode', 'status', 'visibility', 'requiredQualificationTypes', 'deadline', 'invitedEnterpriseIds', 'organizationId', 'id'],
    sortableAttributes: ['publishedAt', 'deadline', 'budgetMax'],
    displayedAttributes: ['*'],
    ...indexingCost,
    localizedAttributes: [{ attributePatterns: ['title', 'description', 'requiredQualificationNames', 'deliveryPlace'], ...chineseFirst }],
    synonyms,
    pagination: { maxTotalHits: MAX_TOTAL_HITS[SearchIndex.DEMANDS] },
    faceting: { maxValuesPerFacet: 200 },
  },
  // Published technology offers (成果转化) only; the offers module writes and reads them.
  [SearchIndex.OFFERS]: {
    searchableAttributes: ['title', 'applications', 'summary', 'organizationName', 'patentNumbers'],
    filterableAttributes: ['sectors', 'transferModes', 'direction', 'readinessLevel', 'organizationId', 'id'],
    sortableAttributes: ['publishedAt', 'readinessLevel'],
    displayedAttributes: ['*'],
    ...indexingCost,
    localizedAttributes: [{ attributePatterns: ['title', 'applications', 'summary', 'organizationName'], ...chineseFirst }],
    synonyms,
    pagination: { maxTotalHits: MAX_TOTAL_HITS[SearchIndex.OFFERS] },
    faceting: { maxValuesPerFacet: 200 },
  },
  // The talent pool: summaries only (no contact details are ever indexed).
  [SearchIndex.TALENTS]: {
    searchableAttributes: ['specialties', 'title', 'summary', 'name'],
    filterableAttributes: ['sectors', 'availability', 'regionCode', 'cityCode', 'provinceCode', 'id'],
    sortableAttributes: ['updatedAt'],
    displayedAttributes: ['*'],
    ...indexingCost,
    localizedAttributes: [{ attributePatterns: ['specialties', 'title', 'summary', 'name'], ...chineseFirst }],
    synonyms,
    pagination: { maxTotalHits: MAX_TOTAL_HITS[SearchIndex.TALENTS] },
    faceting: { maxValuesPerFacet: 200 },
  },
};
