import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName, QueueName } from '../../../core/queue/queue.constants.js';
import { AlertsService } from '../alerts.service.js';

export interface SavedSearchDigestPayload {
  /** The instant the digest is made as of (ISO 8601); absent for the daily run, which uses the current time. */
  asOf?: string;
}

/** Every day at 08:00 China time: one digest notification per DAILY saved search with new matches. */
@Injectable()
export class SavedSearchDigestJob implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.ALERTS) private readonly queue: Queue<SavedSearchDigestPayload>,
    registry: JobHandlerRegistry,
    alerts: AlertsService,
  ) {
    registry.register(JobName.SAVED_SEARCH_DIGEST, (job: Job<SavedSearchDigestPayload>) =>
      alerts.sendDigests(job.data.asOf ? new Date(job.data.asOf) : new Date()),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.SAVED_SEARCH_DIGEST,
      { pattern: '0 8 * * *', tz: 'Asia/Shanghai' },
      {
        name: JobName.SAVED_SEARCH_DIGEST,
        data: {},
        opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
      },
    );
  }
}
