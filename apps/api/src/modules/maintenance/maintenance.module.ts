import { Module } from '@nestjs/common';
import { WorkerHeartbeatJob } from './jobs/worker-heartbeat.job.js';

/** Job handlers are registered in every role (so the start-up check sees them); the worker comes with the process's workers. */
@Module({ providers: [WorkerHeartbeatJob] })
export class MaintenanceModule {}
