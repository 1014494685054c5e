import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Queues } from '../queue/queues.js';
import { MetricsRegistry } from './metrics.registry.js';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;

/** `queue_jobs{queue,state}`: queue depths read from Redis at each scrape. */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly queues: Queues,
  ) {}

  onModuleInit(): void {
    const queues = this.queues.all();
    this.metrics.gauge('queue_jobs', 'Jobs in each queue by state', ['queue', 'state'], async (gauge) => {
      for (const queue of queues) {
        const counts = await queue.getJobCounts(...STATES).catch(() => undefined);
        if (!counts) continue;
        for (const state of STATES) gauge.set({ queue: queue.name, state }, counts[state] ?? 0);
      }
    });
  }
}
