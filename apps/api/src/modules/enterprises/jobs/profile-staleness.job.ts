import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName, QueueName } from '../../../core/queue/queue.constants.js';
import { EnterpriseProfilesService } from '../enterprise-profiles.service.js';

export interface ProfileStalenessSweepPayload {
  /** The instant to judge staleness by (ISO 8601); absent for the daily run, which uses the current time. */
  asOf?: string;
}

/** Every day at 01:30 China time: remind firms whose published profile has not been reconfirmed for 365 days. */
@Injectable()
export class ProfileStalenessJob implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.MAINTENANCE) private readonly queue: Queue<ProfileStalenessSweepPayload>,
    registry: JobHandlerRegistry,
    profiles: EnterpriseProfilesService,
  ) {
    registry.register(JobName.PROFILE_STALENESS_SWEEP, (job: Job<ProfileStalenessSweepPayload>) =>
      profiles.remindStaleProfiles(job.data.asOf ? new Date(job.data.asOf) : new Date()),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.PROFILE_STALENESS_SWEEP,
      { pattern: '30 1 * * *', tz: 'Asia/Shanghai' },
      { name: JobName.PROFILE_STALENESS_SWEEP, data: {}, opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } } },
    );
  }
}
