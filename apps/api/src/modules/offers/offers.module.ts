import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ConversationsModule } from '../conversations/conversations.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { VocabularyModule } from '../vocabulary/vocabulary.module.js';
import { OfferJobs } from './jobs/offer.jobs.js';
import { OfferMatchingService } from './offer-matching.service.js';
import { OfferSearchService } from './offer-search.service.js';
import { AdminOffersController, OffersController } from './offers.controller.js';
import { OffersRepository } from './offers.repository.js';
import { OffersService } from './offers.service.js';

/**
 * 成果转化: technology offers of every kind of organisation, their review, search and matching to firms,
 * and the conversation an interested organisation opens with the owner. Its jobs run on the indexing and
 * matching queues' workers (registered everywhere, so that the start-up check sees them).
 */
@Module({})
export class OffersModule {
  /** `matching`: the app's one MatchingModule.forRole(...) (its features service scores firms). */
  static withMatching(matching: DynamicModule): DynamicModule {
    return {
      module: OffersModule,
      imports: [AuditModule, ConversationsModule, NotificationsModule, VocabularyModule, matching],
      controllers: [OffersController, AdminOffersController],
      providers: [OffersService, OffersRepository, OfferSearchService, OfferMatchingService, OfferJobs],
      exports: [OffersService],
    };
  }
}
