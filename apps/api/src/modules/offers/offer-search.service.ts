import { Injectable } from '@nestjs/common';
import type { OfferSearchQuery, OfferSearchResult } from '@mcf/contracts';
import { isOfferPublic, meilisearchQuoted } from '@mcf/domain';
import type { SearchParams, SearchResponse } from 'meilisearch';
import { AppError } from '../../core/http/app-error.js';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';
import { type DocumentWrite, SearchDocumentWriter } from '../../core/search/search-document.writer.js';
import { SearchClient } from '../../core/search/search.client.js';
import { SearchIndex } from '../../core/search/search-indexes.js';
import type { TechnologyOffer } from './entities/technology-offer.entity.js';
import { OffersRepository, type OrganizationRef } from './offers.repository.js';


/** A published offer as the engine holds it. */
export interface OfferDocument extends Record<string, unknown> {
  id: string;
  title: string;
  summary: string;
  applications: string[];
  patentNumbers: string[];
  sectors: string[];
  transferModes: string[];
  direction: string;
  readinessLevel: number;
  organizationId: string;
  organizationName: string;
  organizationKind: string;
  /** Epoch milliseconds (sortable). */
  publishedAt: number;
  indexVersion: number;
}

export function offerDocument(offer: TechnologyOffer, owner: OrganizationRef | undefined, version: number): OfferDocument | null {
  if (!isOfferPublic(offer.status) || !owner) return null;
  return {
    id: offer.id,
    title: offer.title,
    summary: offer.summary,
    applications: offer.applications,
    patentNumbers: offer.patentNumbers,
    sectors: offer.sectors,
    transferModes: offer.transferModes,
    direction: offer.direction,
    readinessLevel: offer.readinessLevel,
    organizationId: offer.organizationId,
    organizationName: owner.name,
    organizationKind: owner.kind,
    publishedAt: (offer.publishedAt ?? offer.updatedAt).getTime(),
    indexVersion: version,
  };
}

/**
 * The offers index: published offers only, written by the index-offer job from the offer's current state
 * with the outbox id as version (an older job never overwrites a newer document), searched by everyone.
 */
@Injectable()
export class OfferSearchService {
  constructor(
    private readonly search: SearchClient,
    private readonly documents: SearchDocumentWriter,
    private readonly offers: OffersRepository,
  ) {}

  private index() {
    return this.search.index<OfferDocument>(SearchIndex.OFFERS);
  }

  async indexOffer(offerId: string, version: number): Promise<DocumentWrite> {
    return this.documents.write(SearchIndex.OFFERS, offerId, async () => {
      const offer = await this.offers.find(offerId);
      if (!offer) throw new JobSubjectMissingError('offer', offerId);
      const owners = await this.offers.organizations([offer.organizationId]);
      return offerDocument(offer, owners.get(offer.organizationId), version);
    });
  }

  /** Rebuilds the offers index from PostgreSQL (the reindex command): every published offer, nothing else. */
  async reindexAll(): Promise<number> {
    const version = await this.offers.currentOutboxVersion();
    const offers = await this.offers.published();
    const owners = await this.offers.organizations(offers.map((o) => o.organizationId));
    const documents = offers.flatMap((offer) => offerDocument(offer, owners.get(offer.organizationId), version) ?? []);
    await this.search.replaceAllDocuments(SearchIndex.OFFERS, documents);
    return documents.length;
  }

  async searchOffers(query: OfferSearchQuery): Promise<OfferSearchResult> {
    const filter = [
      query.sector ? `sectors = ${meilisearchQuoted(query.sector)}` : null,
      query.transferMode ? `transferModes = ${meilisearchQuoted(query.transferMode)}` : null,
      query.direction ? `direction = ${meilisearchQuoted(query.direction)}` : null,
      query.minReadiness ? `readinessLevel >= ${query.minReadiness}` : null,
    ].filter((part): part is string => part !== null);
    const params: SearchParams = {
      page: query.page,
      hitsPerPage: query.pageSize,
      ...(filter.length > 0 ? { filter: filter.join(' AND ') } : {}),
      ...(query.q ? { locales: ['cmn'] } : { sort: ['publishedAt:desc'] }),
    };
    let response: SearchResponse<OfferDocument>;
    try {
      response = await this.index().search(query.q, params);
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'MeilisearchRequestError' || name === 'MeilisearchRequestTimeOutError')
        throw new AppError(503, 'SEARCH_UNAVAILABLE', {
          en: 'Search is temporarily unavailable; please try again shortly',
          zh: '搜索服务暂时不可用，请稍后再试',
        });
      throw error;
    }
    return {
      items: response.hits.map((hit) => ({
        id: hit.id,
        title: hit.title,
        summary: hit.summary,
        sectors: hit.sectors as OfferSearchResult['items'][number]['sectors'],
        readinessLevel: hit.readinessLevel,
        transferModes: hit.transferModes as OfferSearchResult['items'][number]['transferModes'],
        direction: hit.direction as OfferSearchResult['items'][number]['direction'],
        organizationName: hit.organizationName,
        organizationKind: hit.organizationKind as OfferSearchResult['items'][number]['organizationKind'],
        publishedAt: new Date(hit.publishedAt).toISOString(),
      })),
      total: response.totalHits ?? response.hits.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
