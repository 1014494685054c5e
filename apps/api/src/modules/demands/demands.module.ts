import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { DemandEndingRegistry } from './demand-ending.registry.js';
import { AdminDemandsController } from './admin-demands.controller.js';
import { DemandQueries } from './demand-queries.service.js';
import { DemandsController } from './demands.controller.js';
import { DemandsRepository } from './demands.repository.js';
import { DemandsService } from './demands.service.js';
import { DemandDeadlineJob } from './jobs/demand-deadline.job.js';

@Module({
  imports: [AccountsModule, AuditModule, NotificationsModule],
  controllers: [DemandsController, AdminDemandsController],
  providers: [DemandsService, DemandQueries, DemandsRepository, DemandDeadlineJob, DemandEndingRegistry],
  // Services only: other modules read demands through DemandQueries and change them through DemandsService.
  exports: [DemandsService, DemandQueries, DemandEndingRegistry],
})
export class DemandsModule {}
