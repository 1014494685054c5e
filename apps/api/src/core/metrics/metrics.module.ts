import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller.js';
import { MetricsRegistry } from './metrics.registry.js';
import { QueueMetrics } from './queue-metrics.js';

@Global()
@Module({ controllers: [MetricsController], providers: [MetricsRegistry, QueueMetrics], exports: [MetricsRegistry] })
export class MetricsModule {}
