import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ClarificationsController } from './clarifications.controller.js';
import { ClarificationsService } from './clarifications.service.js';
import { ConversationsRepository } from './conversations.repository.js';
import { ThreadsController } from './threads.controller.js';
import { ThreadsService } from './threads.service.js';

/** Clarifications (public Q&A on a demand) and private procurer–firm conversations with attachments. */
@Module({
  imports: [AccountsModule, AuditModule, DemandsModule, NotificationsModule],
  controllers: [ClarificationsController, ThreadsController],
  providers: [ClarificationsService, ThreadsService, ConversationsRepository],
  exports: [ThreadsService],
})
export class ConversationsModule {}
