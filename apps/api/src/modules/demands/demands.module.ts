import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { DemandEndingRegistry } from './demand-ending.registry.js';
import { AdminDemandsController } from './admin-demands.controller.js';
import { DemandsController } from './demands.controller.js';
import { DemandsRepository } from './demands.repository.js';
import { DemandsService } from './demands.service.js';
import { DemandDeadlineJob } from './jobs/demand-deadline.job.js';

@Module({
  imports: [AuditModule, NotificationsModule],
  controllers: [DemandsController, AdminDemandsController],
  providers: [DemandsService, DemandsRepository, DemandDeadlineJob, DemandEndingRegistry],
  exports: [DemandsService, DemandsRepository, DemandEndingRegistry],
})
export class DemandsModule {}
