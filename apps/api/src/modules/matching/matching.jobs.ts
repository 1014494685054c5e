import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../../core/queue/job-handler.registry.js';
import { JobName } from '../../core/queue/queue.constants.js';
import { MatchingService } from './matching.service.js';

export interface MatchDemandPayload {
  demandId: string;
  version?: number;
}
export interface MatchEnterprisePayload {
  organizationId: string;
}
/** Terms of the vocabulary groups that changed; empty: re-match every open demand. */
export interface VocabularyChangedPayload {
  terms: string[];
}

/** Handlers of the matching queue; both are idempotent (one row per demand and firm). */
@Injectable()
export class MatchingJobs {
  constructor(registry: JobHandlerRegistry, matching: MatchingService) {
    registry.register(JobName.MATCH_DEMAND, (job: Job<MatchDemandPayload>) =>
      matching.matchDemand(job.data.demandId),
    );
    registry.register(JobName.MATCH_ENTERPRISE, (job: Job<MatchEnterprisePayload>) =>
      matching.matchEnterprise(job.data.organizationId),
    );
    registry.register(JobName.VOCABULARY_CHANGED, (job: Job<VocabularyChangedPayload>) =>
      matching.vocabularyChanged(job.data.terms ?? []),
    );
  }
}
