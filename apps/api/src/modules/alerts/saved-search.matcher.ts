import { Injectable } from '@nestjs/common';
import type { SavedSearchKind, SavedSearchQuery } from '@mcf/contracts';
import type { MultiSearchQuery } from 'meilisearch';
import type { Actor } from '../../core/auth/actor.js';
import { SearchClient } from '../../core/search/search.client.js';
import { SearchIndex } from '../../core/search/search-indexes.js';
import { allOf, anyOf, equals, regionFilter } from '../search/filter-expression.js';
import { demandsListedFilter, searchesDemandDetails } from '../search/search.service.js';

/** Queries per multi-search request. */
const BATCH = 50;

/** A saved search to try, with its owner as the search pages would see them. */
export interface SavedSearchProbe {
  query: SavedSearchQuery;
  owner: Actor;
}

/** The item as the index holds it, when it matched. */
export interface MatchedItem {
  title: string;
  sectors: string[];
  /** The organisation the item belongs to (a demand's procurer; a firm itself). */
  organizationId: string;
}

interface DemandFields {
  id: string;
  title: string;
  sectors: string[];
  organizationId: string;
}
interface EnterpriseFields {
  id: string;
  name: string;
  sectors: string[];
}

/**
 * Asks Meilisearch whether one item matches saved searches: each saved query runs with the filters the
 * search pages build for its owner (status, visibility, which fields the owner may search) and
 * `id = "<item>"`, so an item alerts exactly when the owner's search would list it.
 */
@Injectable()
export class SavedSearchMatcher {
  constructor(private readonly search: SearchClient) {}

  /** The item as indexed, or null when the index does not hold it (not published, not searchable). */
  async indexed(kind: SavedSearchKind, itemId: string): Promise<MatchedItem | null> {
    try {
      if (kind === 'DEMANDS') {
        const document = await this.search
          .index<DemandFields & Record<string, unknown>>(SearchIndex.DEMANDS)
          .getDocument(itemId, { fields: ['id', 'title', 'sectors', 'organizationId'] });
        return { title: document.title, sectors: document.sectors, organizationId: document.organizationId };
      }
      const document = await this.search
        .index<EnterpriseFields & Record<string, unknown>>(SearchIndex.ENTERPRISES)
        .getDocument(itemId, { fields: ['id', 'name', 'sectors'] });
      return { title: document.name, sectors: document.sectors, organizationId: document.id };
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === 'document_not_found') return null;
      if ((error as { cause?: { code?: string } }).cause?.code === 'index_not_found') return null;
      throw error;
    }
  }

  /** For each probe, in order, whether its owner's search lists the item. */
  async matches(kind: SavedSearchKind, itemId: string, probes: readonly SavedSearchProbe[]): Promise<boolean[]> {
    const found: boolean[] = [];
    for (let start = 0; start < probes.length; start += BATCH) {
      const batch = probes.slice(start, start + BATCH);
      const response = await this.search.raw.multiSearch({
        queries: batch.map((probe) => this.queryFor(kind, itemId, probe)),
      });
      found.push(...response.results.map((result) => result.hits.some((hit) => hit.id === itemId)));
    }
    return found;
  }

  private queryFor(kind: SavedSearchKind, itemId: string, { query, owner }: SavedSearchProbe): MultiSearchQuery {
    const common = {
      q: query.q,
      limit: 1,
      attributesToRetrieve: ['id'],
      ...(query.q ? { locales: ['cmn' as const] } : {}),
    };
    if (kind === 'ENTERPRISES') {
      // As SearchService.enterprises builds it (saved searches have no verified-only switch).
      return {
        indexUid: this.search.uidOf(SearchIndex.ENTERPRISES),
        ...common,
        filter: allOf([
          anyOf('sectors', query.sectors),
          regionFilter(query.regions),
          ...query.qualifications.map((q) => equals('validQualificationTypes', q)),
          equals('id', itemId),
        ]),
      };
    }
    // As SearchService.demands builds it for this owner.
    const details = searchesDemandDetails(owner);
    return {
      indexUid: this.search.uidOf(SearchIndex.DEMANDS),
      ...common,
      filter: allOf([
        demandsListedFilter(owner),
        anyOf('sectors', query.sectors),
        regionFilter(query.regions),
        ...query.qualifications.map((q) => equals('requiredQualificationTypes', q)),
        equals('id', itemId),
      ]),
      ...(details ? {} : { attributesToSearchOn: ['title', 'requiredQualificationNames'] }),
    };
  }
}
