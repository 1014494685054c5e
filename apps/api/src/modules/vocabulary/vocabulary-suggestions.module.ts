import { Module } from '@nestjs/common';
import { eventSubscriptions } from '../../core/events/event-subscription.js';
import { AuditModule } from '../audit/audit.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { VocabularyMiningJob } from './jobs/vocabulary-mining.job.js';
import { VocabularySuggestionsController } from './vocabulary-suggestions.controller.js';
import { VocabularySuggestionsRepository } from './vocabulary-suggestions.repository.js';
import { VocabularySuggestionsService } from './vocabulary-suggestions.service.js';
import { VOCABULARY_SUGGESTIONS_SUBSCRIPTIONS } from './vocabulary-suggestions.subscriptions.js';
import { VocabularyModule } from './vocabulary.module.js';

/**
 * Suggestions an administrator decides: mining jobs (handlers everywhere, so the start-up check sees them;
 * they run on the matching queue's worker) and the admin API. Matching gives a firm's rank on a demand.
 */
@Module({
  imports: [VocabularyModule, AuditModule, DemandsModule, EnterprisesModule, MatchingModule],
  controllers: [VocabularySuggestionsController],
  providers: [
    VocabularySuggestionsService,
    VocabularySuggestionsRepository,
    VocabularyMiningJob,
    eventSubscriptions('vocabulary suggestions', VOCABULARY_SUGGESTIONS_SUBSCRIPTIONS),
  ],
})
export class VocabularySuggestionsModule {}
