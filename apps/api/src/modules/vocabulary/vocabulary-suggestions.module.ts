import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { VocabularyMiningJob } from './jobs/vocabulary-mining.job.js';
import { VocabularySuggestionsController } from './vocabulary-suggestions.controller.js';
import { VocabularySuggestionsRepository } from './vocabulary-suggestions.repository.js';
import { VocabularySuggestionsService } from './vocabulary-suggestions.service.js';
import { VocabularyModule } from './vocabulary.module.js';

/**
 * Suggestions an administrator decides: mining jobs (handlers everywhere, so the start-up check sees them;
 * they run on the matching queue's worker) and the admin API.
 */
@Module({})
export class VocabularySuggestionsModule {
  /** `matching`: the app's one MatchingModule.forRole(...) (its service gives a firm's rank on a demand). */
  static withMatching(matching: DynamicModule): DynamicModule {
    return {
      module: VocabularySuggestionsModule,
      imports: [VocabularyModule, AuditModule, DemandsModule, EnterprisesModule, matching],
      controllers: [VocabularySuggestionsController],
      providers: [VocabularySuggestionsService, VocabularySuggestionsRepository, VocabularyMiningJob],
    };
  }
}
