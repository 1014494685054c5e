import { type DynamicModule, Module } from '@nestjs/common';
import { WorkerHeartbeatJob } from './jobs/worker-heartbeat.job.js';
import { MaintenanceProcessor } from './maintenance.processor.js';

/** Job handlers are registered in every role (so the start-up check sees them); the worker only where workers run. */
@Module({})
export class MaintenanceModule {
  static forRole(runsWorkers: boolean): DynamicModule {
    return { module: MaintenanceModule, providers: [WorkerHeartbeatJob, ...(runsWorkers ? [MaintenanceProcessor] : [])] };
  }
}
