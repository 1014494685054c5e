import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName } from '../../../core/queue/queue.constants.js';
import { ClaimsService } from '../claims.service.js';

export interface SendClaimEmailPayload {
  claimId: string;
  event: 'FILED' | 'APPROVED' | 'REJECTED';
}

/** Emails administrators of a new claim, or the claimant of the decision; retried until the SMTP server accepts it. */
@Injectable()
export class ClaimEmailJob {
  constructor(registry: JobHandlerRegistry, claims: ClaimsService) {
    registry.register(JobName.SEND_CLAIM_EMAIL, (job: Job<SendClaimEmailPayload>) =>
      claims.sendEmail(job.data.claimId, job.data.event),
    );
  }
}
