import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { VocabularyModule } from '../vocabulary/vocabulary.module.js';
import { TalentJobs } from './jobs/talent.jobs.js';
import { TalentIndexService } from './talent-index.service.js';
import { TalentsController } from './talents.controller.js';
import { TalentsRepository } from './talents.repository.js';
import { TalentsService } from './talents.service.js';
import { eventSubscriptions } from '../../core/events/event-subscription.js';
import { TALENTS_SUBSCRIPTIONS } from './talents.subscriptions.js';

/** 人才共享数据库: people's profiles with consent, talent needs and their matching, contact through the platform. */
@Module({
  imports: [AuditModule, NotificationsModule, VocabularyModule],
  controllers: [TalentsController],
  providers: [TalentsService, TalentsRepository, TalentIndexService, TalentJobs, eventSubscriptions('talents', TALENTS_SUBSCRIPTIONS)],
  exports: [TalentsService],
})
export class TalentsModule {}
