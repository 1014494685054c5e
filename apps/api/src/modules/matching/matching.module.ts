import { Module } from '@nestjs/common';
import { eventSubscriptions } from '../../core/events/event-subscription.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { VocabularyModule } from '../vocabulary/vocabulary.module.js';
import { MatchFeaturesRepository } from './match-features.repository.js';
import { MatchFeaturesService } from './match-features.service.js';
import { MatchesRepository } from './matches.repository.js';
import { MatchingController } from './matching.controller.js';
import { MatchingJobs } from './matching.jobs.js';
import { MatchingService } from './matching.service.js';
import { MATCHING_SUBSCRIPTIONS } from './matching.subscriptions.js';

/** Matching: handlers everywhere (the start-up check sees them); its worker and warm-up come with the process's workers. */
@Module({
  imports: [AccountsModule, DemandsModule, EnterprisesModule, NotificationsModule, VocabularyModule],
  controllers: [MatchingController],
  providers: [
    MatchingService,
    MatchesRepository,
    MatchFeaturesRepository,
    MatchFeaturesService,
    MatchingJobs,
    eventSubscriptions('matching', MATCHING_SUBSCRIPTIONS),
  ],
  exports: [MatchingService, MatchFeaturesService],
})
export class MatchingModule {}
