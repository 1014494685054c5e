import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { DemandEndingRegistry } from './demand-ending.registry.js';
import { AdminDemandsController } from './admin-demands.controller.js';
import { DemandAccessService } from './demand-access.service.js';
import { DemandAttachmentsService } from './demand-attachments.service.js';
import { DemandQueries } from './demand-queries.service.js';
import { DemandViewsService } from './demand-views.service.js';
import { DemandsController } from './demands.controller.js';
import { DemandsRepository } from './demands.repository.js';
import { DemandsService } from './demands.service.js';
import { DemandDeadlineJob } from './jobs/demand-deadline.job.js';

@Module({
  imports: [AccountsModule, AuditModule, NotificationsModule],
  controllers: [DemandsController, AdminDemandsController],
  providers: [
    DemandsService,
    DemandAccessService,
    DemandAttachmentsService,
    DemandViewsService,
    DemandQueries,
    DemandsRepository,
    DemandDeadlineJob,
    DemandEndingRegistry,
  ],
  // Services only: other modules read demands through DemandQueries, ask DemandAccessService who may see or
  // act on one, and change them through DemandsService.
  exports: [DemandsService, DemandAccessService, DemandQueries, DemandEndingRegistry],
})
export class DemandsModule {}
