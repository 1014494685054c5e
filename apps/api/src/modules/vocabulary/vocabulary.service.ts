import { Injectable, Logger, Optional } from '@nestjs/common';
import { BASE_VOCABULARY_FILES, compileVocabulary, type CompiledVocabulary, type VocabularyGroup } from '@mcf/domain';
import { SearchClient } from '../../core/search/search.client.js';
import { vocabularyGroupOf } from './vocabulary-group.util.js';
import { VocabularySuggestionsRepository } from './vocabulary-suggestions.repository.js';

interface Compiled {
  marker: string;
  vocabulary: CompiledVocabulary;
}

/**
 * The vocabulary matching and search use: the shipped data files (libs/domain/src/vocabulary/data) plus the
 * suggestions administrators approved, compiled once per change and kept per process. The API and the
 * workers run in different processes, so every call first reads the approved set's marker (a count and the
 * latest decision time, one index-only row): a worker that picks up the vocabulary-changed job right after
 * an approval committed must already match with it, which a check "every few seconds" would not promise;
 * the read costs far less than any match. Recompiling happens only when the marker moved.
 */
@Injectable()
export class VocabularyService {
  private readonly logger = new Logger('Vocabulary');
  private compiled: Compiled | null = null;
  private pending: Promise<CompiledVocabulary> | null = null;

  constructor(
    private readonly suggestions: VocabularySuggestionsRepository,
    @Optional() search?: SearchClient,
  ) {
    // The search engine's synonyms come from the same vocabulary, at every start and every approval.
    search?.useSynonymsFrom(async () => (await this.current()).meilisearchSynonyms);
  }

  /** The vocabulary in force now. */
  current(): Promise<CompiledVocabulary> {
    // Calls at the same moment share one read.
    this.pending ??= this.load().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** The vocabulary as it would be with `extra` approved too (to check and publish an approval before it commits). */
  static compileWith(approved: readonly VocabularyGroup[]): CompiledVocabulary {
    return compileVocabulary(BASE_VOCABULARY_FILES, approved);
  }

  private async load(): Promise<CompiledVocabulary> {
    const marker = await this.suggestions.approvedMarker();
    if (this.compiled?.marker === marker) return this.compiled.vocabulary;
    const approved = (await this.suggestions.approved()).map(vocabularyGroupOf);
    const vocabulary = VocabularyService.compileWith(approved);
    if (this.compiled) this.logger.log(`vocabulary ${vocabulary.version}: ${approved.length} approved group(s)`);
    this.compiled = { marker, vocabulary };
    return vocabulary;
  }
}
