import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '../../../core/config/app-config.js';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName, QueueName } from '../../../core/queue/queue.constants.js';
import { MetricsRegistry } from '../../../core/metrics/metrics.registry.js';

export interface WorkerHeartbeatPayload {
  scheduledBy: string;
}

/**
 * A repeatable job whose only effect is to prove that a worker takes jobs off the queue: the time of
 * the last beat is exported as `worker_last_heartbeat_timestamp_seconds`, so an alert can fire when
 * jobs stop flowing even though the API looks healthy.
 */
@Injectable()
export class WorkerHeartbeatJob implements OnApplicationBootstrap {
  private lastBeat = 0;

  constructor(
    @InjectQueue(QueueName.MAINTENANCE) private readonly queue: Queue<WorkerHeartbeatPayload>,
    private readonly registry: JobHandlerRegistry,
    private readonly config: AppConfig,
    metrics: MetricsRegistry,
  ) {
    registry.register(JobName.WORKER_HEARTBEAT, async () => {
      this.lastBeat = Date.now();
      // Which process took it: with ROLE=all a worker process, never the one that serves HTTP.
      return { at: new Date(this.lastBeat).toISOString(), pid: process.pid };
    });
    // 'max': merged over an API process and its worker processes, the latest beat of any of them.
    metrics.gauge(
      'worker_last_heartbeat_timestamp_seconds',
      'When this worker last processed a heartbeat job',
      [],
      async (gauge) => {
        if (this.lastBeat > 0) gauge.set(this.lastBeat / 1000);
      },
      'max',
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    // upsert: every replica declares the same scheduler; Redis keeps one.
    await this.queue.upsertJobScheduler(
      JobName.WORKER_HEARTBEAT,
      { every: this.config.get('HEARTBEAT_INTERVAL_MS') },
      { name: JobName.WORKER_HEARTBEAT, data: { scheduledBy: 'maintenance' }, opts: { attempts: 1, removeOnComplete: 10, removeOnFail: 50 } },
    );
  }
}
