import { Module } from '@nestjs/common';
import { VocabularyModule } from '../vocabulary/vocabulary.module.js';
import { SearchController } from './search.controller.js';
import { SearchService } from './search.service.js';

@Module({ imports: [VocabularyModule], controllers: [SearchController], providers: [SearchService] })
export class SearchApiModule {}
