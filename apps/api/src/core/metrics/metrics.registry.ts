import { Injectable } from '@nestjs/common';
import { type Aggregator, Counter, Gauge, Histogram, type MetricObjectWithValues, type MetricValue, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * What a worker process reports to the API process that started it (ROLE=all): the work it did. Its
 * runtime metrics stay its own (the API process's are the ones that matter for latency), and queue
 * depths the API process reads from Redis itself.
 */
export const WORKER_PROCESS_METRICS: ReadonlySet<string> = new Set([
  'queue_jobs_processed_total',
  'queue_jobs_subject_missing_total',
  'worker_last_heartbeat_timestamp_seconds',
]);

/** The Prometheus registry of this process, with the platform's own instruments. */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly jobsProcessed = new Counter({
    name: 'queue_jobs_processed_total',
    help: 'Jobs processed by this process, by queue, job name and outcome',
    labelNames: ['queue', 'job', 'outcome'] as const,
    registers: [this.registry],
  });

  /** Jobs whose demand, firm or notification is not in this database (see JobSubjectMissingError). */
  readonly jobSubjectsMissing = new Counter({
    name: 'queue_jobs_subject_missing_total',
    help: 'Jobs failed because what they name does not exist in this database (another database on the same queue prefix?), by queue and job name',
    labelNames: ['queue', 'job'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The metrics of WORKER_PROCESS_METRICS, for the API process that supervises this worker process. */
  async workerProcessMetrics(): Promise<MetricObjectWithValues<MetricValue<string>>[]> {
    return (await this.registry.getMetricsAsJSON()).filter((metric) => WORKER_PROCESS_METRICS.has(metric.name));
  }

  /**
   * Registers a gauge whose value is read at scrape time. `aggregator` says how the values of several
   * processes combine when the API process merges its worker processes' metrics (sum by default).
   */
  gauge(name: string, help: string, labelNames: string[], collect: (gauge: Gauge) => Promise<void>, aggregator?: Aggregator): Gauge {
    return new Gauge({
      name,
      help,
      labelNames,
      aggregator,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
  }
}
