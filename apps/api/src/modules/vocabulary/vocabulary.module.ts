import { Module } from '@nestjs/common';
import { VocabularyService } from './vocabulary.service.js';

/** The matching vocabulary: shipped data and, later, approved suggestions. */
@Module({ providers: [VocabularyService], exports: [VocabularyService] })
export class VocabularyModule {}
