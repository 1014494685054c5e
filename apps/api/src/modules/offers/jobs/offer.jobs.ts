import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName } from '../../../core/queue/queue.constants.js';
import { OfferMatchingService } from '../offer-matching.service.js';
import { OfferSearchService } from '../offer-search.service.js';

export interface IndexOfferPayload {
  offerId: string;
  /** Added by the outbox relay: the change's outbox id, used as the document version. */
  outboxId?: string;
}

export interface MatchOfferPayload {
  offerId: string;
  /** The approval the job matches for; a later approval's job supersedes it. */
  version: number;
}

/** Handlers of the offers' jobs: indexing (search-indexing queue) and matching (matching queue). */
@Injectable()
export class OfferJobs {
  constructor(registry: JobHandlerRegistry, search: OfferSearchService, matching: OfferMatchingService) {
    registry.register(JobName.INDEX_OFFER, (job: Job<IndexOfferPayload>) =>
      search.indexOffer(job.data.offerId, Number(job.data.outboxId ?? 0)),
    );
    registry.register(JobName.MATCH_OFFER, (job: Job<MatchOfferPayload>) =>
      matching.matchOffer(job.data.offerId, job.data.version),
    );
  }
}
