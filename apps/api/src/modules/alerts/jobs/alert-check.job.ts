import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName } from '../../../core/queue/queue.constants.js';
import { AlertsService } from '../alerts.service.js';

export interface CheckDemandAlertsPayload {
  demandId: string;
  /** Added by the outbox relay: the change's outbox id, the version the index is brought up to. */
  outboxId?: string;
}

export interface CheckEnterpriseAlertsPayload {
  organizationId: string;
  outboxId?: string;
}

/** Checks every saved search against a published or revised demand, or a published profile (idempotent). */
@Injectable()
export class AlertCheckJob {
  constructor(registry: JobHandlerRegistry, alerts: AlertsService) {
    registry.register(JobName.CHECK_DEMAND_ALERTS, (job: Job<CheckDemandAlertsPayload>) =>
      alerts.checkItem('DEMANDS', job.data.demandId, Number(job.data.outboxId ?? 0)),
    );
    registry.register(JobName.CHECK_ENTERPRISE_ALERTS, (job: Job<CheckEnterpriseAlertsPayload>) =>
      alerts.checkItem('ENTERPRISES', job.data.organizationId, Number(job.data.outboxId ?? 0)),
    );
  }
}
