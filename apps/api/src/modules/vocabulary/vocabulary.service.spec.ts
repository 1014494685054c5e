import { baseVocabulary } from '@mcf/domain';
import { describe, expect, it, vi } from 'vitest';
import type { SearchClient, SynonymsSource } from '../../core/search/search.client.js';
import type { VocabularySuggestion } from './entities/vocabulary-suggestion.entity.js';
import type { VocabularySuggestionsRepository } from './vocabulary-suggestions.repository.js';
import { VocabularyService } from './vocabulary.service.js';

function fakeRepository() {
  const approved: Pick<VocabularySuggestion, 'id' | 'relation' | 'terms' | 'decisionReason'>[] = [];
  const repository = {
    approvedMarker: vi.fn(async () => `${approved.length}`),
    approved: vi.fn(async () => [...approved]),
  };
  return { approved, repository, service: new VocabularyService(repository as unknown as VocabularySuggestionsRepository) };
}

describe('VocabularyService', () => {
  it('is the shipped vocabulary while nothing is approved', async () => {
    const { service } = fakeRepository();
    const vocabulary = await service.current();
    expect(vocabulary.version).toBe(baseVocabulary().version);
    expect(vocabulary.senses.has('dds')).toBe(false);
  });

  it('compiles approved suggestions in as soon as the marker moves, and only then', async () => {
    const { approved, repository, service } = fakeRepository();
    const before = await service.current();
    expect(await service.current()).toBe(before);
    expect(repository.approved).toHaveBeenCalledTimes(1);

    approved.push({ id: 's1', relation: 'abbreviation', terms: ['直接数字频率合成器', 'DDS'], decisionReason: null });
    const after = await service.current();
    expect(after.version).not.toBe(before.version);
    expect(after.senses.get('dds')?.[0]?.concept).toBe(after.senses.get('直接数字频率合成器')?.[0]?.concept);
    expect(after.meilisearchSynonyms.dds).toContain('直接数字频率合成器');
    expect(repository.approvedMarker).toHaveBeenCalledTimes(3);
  });

  it('shares one read between calls made at the same moment', async () => {
    const { repository, service } = fakeRepository();
    const [a, b] = await Promise.all([service.current(), service.current()]);
    expect(a).toBe(b);
    expect(repository.approvedMarker).toHaveBeenCalledTimes(1);
  });

  it('gives the search client its synonyms from the vocabulary in force', async () => {
    let source: SynonymsSource | undefined;
    const search = { useSynonymsFrom: (s: SynonymsSource) => (source = s) } as unknown as SearchClient;
    const { repository, approved } = fakeRepository();
    new VocabularyService(repository as unknown as VocabularySuggestionsRepository, search);
    approved.push({ id: 's1', relation: 'equivalent', terms: ['红外搜索跟踪系统', 'IRST'], decisionReason: null });
    expect((await source!())['irst']).toEqual(['红外搜索跟踪系统']);
  });
});
