import { Module } from '@nestjs/common';
import { eventSubscriptions } from '../../core/events/event-subscription.js';
import { AuditModule } from '../audit/audit.module.js';
import { ConversationsModule } from '../conversations/conversations.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { VocabularyModule } from '../vocabulary/vocabulary.module.js';
import { OfferJobs } from './jobs/offer.jobs.js';
import { OfferMatchingService } from './offer-matching.service.js';
import { OfferSearchService } from './offer-search.service.js';
import { AdminOffersController, OffersController } from './offers.controller.js';
import { OffersRepository } from './offers.repository.js';
import { OffersService } from './offers.service.js';
import { OFFERS_SUBSCRIPTIONS } from './offers.subscriptions.js';

/**
 * 成果转化: technology offers of every kind of organisation, their review, search and matching to firms
 * (matching's features service scores them), and the conversation an interested organisation opens with
 * the owner. Its jobs run on the indexing and matching queues' workers (registered everywhere, so that the
 * start-up check sees them).
 */
@Module({
  imports: [AuditModule, ConversationsModule, MatchingModule, NotificationsModule, VocabularyModule],
  controllers: [OffersController, AdminOffersController],
  providers: [OffersService, OffersRepository, OfferSearchService, OfferMatchingService, OfferJobs, eventSubscriptions('offers', OFFERS_SUBSCRIPTIONS)],
  exports: [OffersService],
})
export class OffersModule {}
