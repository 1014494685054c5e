import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName, QueueName } from '../../../core/queue/queue.constants.js';
import { QualificationsService } from '../qualifications.service.js';

export interface QualificationExpirySweepPayload {
  /** The instant to judge expiry by (ISO 8601); absent for the daily run, which uses the current time. */
  asOf?: string;
}

/** Every day at 01:00 China time: expire lapsed certificates and send the 60/30/7-day reminders. */
@Injectable()
export class QualificationExpiryJob implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.MAINTENANCE) private readonly queue: Queue<QualificationExpirySweepPayload>,
    registry: JobHandlerRegistry,
    qualifications: QualificationsService,
  ) {
    registry.register(JobName.QUALIFICATION_EXPIRY_SWEEP, (job: Job<QualificationExpirySweepPayload>) =>
      qualifications.sweepExpiry(job.data.asOf ? new Date(job.data.asOf) : new Date()),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.QUALIFICATION_EXPIRY_SWEEP,
      { pattern: '0 1 * * *', tz: 'Asia/Shanghai' },
      { name: JobName.QUALIFICATION_EXPIRY_SWEEP, data: {}, opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } } },
    );
  }
}
