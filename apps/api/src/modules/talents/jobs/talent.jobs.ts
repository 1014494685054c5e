import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName } from '../../../core/queue/queue.constants.js';
import { TalentsService } from '../talents.service.js';

export interface IndexTalentPayload {
  profileId: string;
  /** Added by the outbox relay: the change's outbox id, used as the document version. */
  outboxId?: string;
}
export interface MatchTalentNeedPayload {
  needId: string;
  outboxId?: string;
}

/**
 * Handlers of the talent pool's jobs. They run on the search-indexing and matching queues, whose workers
 * (IndexingModule, MatchingModule) dispatch every job of their queue through the registry.
 */
@Injectable()
export class TalentJobs {
  constructor(registry: JobHandlerRegistry, talents: TalentsService) {
    registry.register(JobName.INDEX_TALENT, (job: Job<IndexTalentPayload>) =>
      talents.indexTalent(job.data.profileId, Number(job.data.outboxId ?? 0)),
    );
    registry.register(JobName.MATCH_TALENT_NEED, (job: Job<MatchTalentNeedPayload>) => talents.matchNeed(job.data.needId));
  }
}
