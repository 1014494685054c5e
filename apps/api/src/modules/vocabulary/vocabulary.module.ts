import { Module } from '@nestjs/common';
import { VocabularySuggestionsRepository } from './vocabulary-suggestions.repository.js';
import { VocabularyService } from './vocabulary.service.js';

/** The matching vocabulary in force: shipped data and approved suggestions (read by matching and search). */
@Module({
  providers: [VocabularyService, VocabularySuggestionsRepository],
  exports: [VocabularyService],
})
export class VocabularyModule {}
