import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AwardNotificationJob } from './jobs/award-notification.job.js';
import { NotificationsProcessor } from './notifications.processor.js';
import { ResponsesController } from './responses.controller.js';
import { ResponsesRepository } from './responses.repository.js';
import { ResponsesService } from './responses.service.js';

@Module({})
export class ResponsesModule {
  static forRole(runsWorkers: boolean): DynamicModule {
    return {
      module: ResponsesModule,
      imports: [AccountsModule, AuditModule, DemandsModule, EnterprisesModule, NotificationsModule],
      controllers: [ResponsesController],
      providers: [
        ResponsesService,
        ResponsesRepository,
        AwardNotificationJob,
        ...(runsWorkers ? [NotificationsProcessor] : []),
      ],
    };
  }
}
