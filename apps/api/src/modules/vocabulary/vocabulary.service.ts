import { Injectable } from '@nestjs/common';
import { baseVocabulary, type CompiledVocabulary } from '@mcf/domain';

/**
 * The vocabulary matching and search use: the shipped data files (libs/domain/src/vocabulary/data), plus,
 * once administrators approve suggestions, the approved groups. Every process (API and workers) asks here,
 * so an approval reaches the matcher without a restart.
 */
@Injectable()
export class VocabularyService {
  /** The vocabulary in force now. */
  async current(): Promise<CompiledVocabulary> {
    return baseVocabulary();
  }
}
