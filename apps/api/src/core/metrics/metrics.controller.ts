import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../auth/access-policy.decorators.js';
import { ApiExcludeController } from '@nestjs/swagger';
import { AggregatorRegistry } from 'prom-client';
import { WorkerSupervisor } from '../queue/worker-supervisor.js';
import { MetricsRegistry, WORKER_PROCESS_METRICS } from './metrics.registry.js';

@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly workers: WorkerSupervisor,
  ) {}

  /**
   * This process's metrics; with ROLE=all, those of WORKER_PROCESS_METRICS merged with its worker
   * processes' (counters summed, the heartbeat the latest), so that one scrape shows the jobs done.
   */
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    if (!this.workers.supervises) return this.metrics.registry.metrics();
    const [own, workers] = await Promise.all([this.metrics.registry.getMetricsAsJSON(), this.workers.collectMetrics()]);
    // Metrics only this process has are passed through as they are ('first' of one source).
    const passedThrough = own.map((metric) => (WORKER_PROCESS_METRICS.has(metric.name) ? metric : { ...metric, aggregator: 'first' as const }));
    return AggregatorRegistry.aggregate([passedThrough, ...workers]).metrics();
  }
}
