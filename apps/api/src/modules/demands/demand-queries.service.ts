import { Injectable } from '@nestjs/common';
import { TermSample } from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import { DemandsRepository } from './demands.repository.js';
import type { Demand } from './entities/demand.entity.js';

/** How long a process reads demand-term frequencies from the same sample of published demands (see termSample). */
const TERM_SAMPLE_TTL_MS = 30_000;

/** A demand as other modules read it. Only the demands module changes one (DemandsService). */
export type DemandRecord = Demand;

/**
 * The demands other modules may read: matching, indexing, responses, conversations, vocabulary and the
 * demo data ask here instead of injecting the repository, so the demands module alone writes a demand's
 * state. Who may read or change one is DemandAccessService's to say.
 */
@Injectable()
export class DemandQueries {
  private heldTermSample: { sample: TermSample; at: number } | null = null;
  private readingTermSample: Promise<TermSample> | null = null;

  constructor(private readonly demands: DemandsRepository) {}

  /** `lock`: inside the caller's transaction, hold the row until it commits (pessimistic write). */
  find(id: string, manager?: EntityManager, lock = false): Promise<DemandRecord | null> {
    return this.demands.find(id, manager, lock);
  }

  findMany(ids: readonly string[]): Promise<DemandRecord[]> {
    return this.demands.findMany(ids);
  }

  /** An organisation's demand by its exact title (the demo data finds its own demands so). */
  findByTitle(organizationId: string, title: string): Promise<DemandRecord | null> {
    return this.demands.findByTitle(organizationId, title);
  }

  countPublished(): Promise<number> {
    return this.demands.countPublished();
  }

  /** Published demand ids after `afterId`, in id order (keyset pages for a reindex). */
  publishedIds(afterId: string | null, limit: number): Promise<string[]> {
    return this.demands.publishedIds(afterId, limit);
  }

  publishedInSectors(sectors: readonly string[], limit?: number): Promise<string[]> {
    return this.demands.publishedInSectors(sectors, limit);
  }

  /**
   * The newest published demands' texts and how many demands are published, read together (see TermSample),
   * and read again once TERM_SAMPLE_TTL_MS old; calls at the same moment share one read. Matching counts
   * demand-term frequencies over it and vocabulary mining recognises boilerplate with it: reading it for
   * every demand cost O(terms × 5,000) of PostgreSQL each time.
   */
  termSample(): Promise<TermSample> {
    const held = this.heldTermSample;
    if (held && performance.now() - held.at < TERM_SAMPLE_TTL_MS) return Promise.resolve(held.sample);
    this.readingTermSample ??= Promise.all([this.demands.newestPublishedTexts(), this.demands.countPublished()])
      .then(([sample, documents]) => {
        const read = new TermSample(sample, Math.max(documents, sample.length));
        this.heldTermSample = { sample: read, at: performance.now() };
        return read;
      })
      .finally(() => {
        this.readingTermSample = null;
      });
    return this.readingTermSample;
  }

  invitedOrganizationIds(demandId: string): Promise<string[]> {
    return this.demands.invitedOrganizationIds(demandId);
  }

  invitedOrganizationIdsOf(demandIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.demands.invitedOrganizationIdsOf(demandIds);
  }
}
