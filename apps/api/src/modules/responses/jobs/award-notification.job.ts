import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName } from '../../../core/queue/queue.constants.js';
import { AwardsService } from '../awards.service.js';

export interface NotifyAwardPayload {
  demandId: string;
}

/** Tells every respondent of an awarded demand the outcome, once each however often the job runs. */
@Injectable()
export class AwardNotificationJob {
  constructor(registry: JobHandlerRegistry, awards: AwardsService) {
    registry.register(JobName.NOTIFY_AWARD, (job: Job<NotifyAwardPayload>) =>
      awards.notifyAwardOutcome(job.data.demandId),
    );
  }
}
