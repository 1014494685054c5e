import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName, QueueName } from '../../../core/queue/queue.constants.js';
import { DemandsService } from '../demands.service.js';

export interface DemandDeadlineSweepPayload {
  /** The instant to judge deadlines by (ISO 8601); absent for the scheduled run. */
  asOf?: string;
}

/** Every hour (China time): published demands whose deadline has passed are closed. */
@Injectable()
export class DemandDeadlineJob implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.MAINTENANCE) private readonly queue: Queue<DemandDeadlineSweepPayload>,
    registry: JobHandlerRegistry,
    demands: DemandsService,
  ) {
    registry.register(JobName.DEMAND_DEADLINE_SWEEP, (job: Job<DemandDeadlineSweepPayload>) =>
      demands.closePastDeadline(job.data.asOf ? new Date(job.data.asOf) : new Date()),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.DEMAND_DEADLINE_SWEEP,
      { pattern: '5 * * * *', tz: 'Asia/Shanghai' },
      {
        name: JobName.DEMAND_DEADLINE_SWEEP,
        data: {},
        opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
      },
    );
  }
}
