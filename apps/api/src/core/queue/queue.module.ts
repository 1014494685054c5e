import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { QueueName } from './queue.constants.js';
import { QUEUES_PROVIDER, Queues } from './queues.js';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { RedisPolicyCheck } from './redis-policy.check.js';
import { WorkerSupervisor } from './worker-supervisor.js';

const queues = Object.values(QueueName).map((name) => ({ name }));

@Global()
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            connection: { url: config.services.redisUrl, maxRetriesPerRequest: null },
            prefix: config.queuePrefix,
            defaultJobOptions: {
              attempts: 8,
              backoff: { type: 'exponential', delay: 2000 },
              removeOnComplete: { age: 24 * 3600, count: 1000 },
              removeOnFail: { age: 14 * 24 * 3600 },
            },
          }),
        }),
        BullModule.registerQueue(...queues),
      ],
      providers: [JobHandlerRegistry, RedisPolicyCheck, WorkerSupervisor, QUEUES_PROVIDER],
      exports: [BullModule, JobHandlerRegistry, WorkerSupervisor, Queues],
    };
  }
}
