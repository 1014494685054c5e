import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../../core/queue/job-handler.registry.js';
import { JobName } from '../../core/queue/queue.constants.js';
import { IndexingService } from './indexing.service.js';

export interface IndexEnterprisePayload {
  organizationId: string;
  /** Added by the outbox relay: the change's outbox id, used as the document version. */
  outboxId?: string;
}
export interface IndexDemandPayload {
  demandId: string;
  outboxId?: string;
}

/** Handlers of the search-indexing queue. */
@Injectable()
export class IndexingJobs {
  constructor(registry: JobHandlerRegistry, indexing: IndexingService) {
    registry.register(JobName.INDEX_ENTERPRISE, (job: Job<IndexEnterprisePayload>) =>
      indexing.indexEnterprise(job.data.organizationId, Number(job.data.outboxId ?? 0)),
    );
    registry.register(JobName.INDEX_DEMAND, (job: Job<IndexDemandPayload>) =>
      indexing.indexDemand(job.data.demandId, Number(job.data.outboxId ?? 0)),
    );
  }
}
