import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DemandsController } from './demands.controller.js';
import { DemandsRepository } from './demands.repository.js';
import { DemandsService } from './demands.service.js';
import { DemandDeadlineJob } from './jobs/demand-deadline.job.js';

@Module({
  imports: [AuditModule],
  controllers: [DemandsController],
  providers: [DemandsService, DemandsRepository, DemandDeadlineJob],
  exports: [DemandsService, DemandsRepository],
})
export class DemandsModule {}
