import { Injectable, Logger } from '@nestjs/common';
import { provinceOf } from '@mcf/domain';
import type { Index } from 'meilisearch';
import { type DocumentWrite, SearchDocumentWriter } from '../../core/search/search-document.writer.js';
import { SearchClient } from '../../core/search/search.client.js';
import { SearchIndex } from '../../core/search/search-indexes.js';
import type { TalentProfile } from './entities/talent-profile.entity.js';

const TASK_TIMEOUT_MS = 30_000;

/** The search document of a profile: its summary only, never the person's email or phone. */
export function talentDocument(profile: TalentProfile, version: number): Record<string, unknown> {
  return {
    id: profile.id,
    name: profile.name,
    title: profile.title ?? '',
    specialties: profile.specialties,
    summary: profile.summary ?? '',
    sectors: profile.sectors,
    availability: profile.availability,
    regionCode: profile.regionCode,
    cityCode: `${profile.regionCode.slice(0, 4)}00`,
    provinceCode: provinceOf(profile.regionCode) ?? null,
    updatedAt: profile.updatedAt.getTime(),
    indexVersion: version,
  };
}

/**
 * Keeps the talents index in step with PostgreSQL, like the indexing module does for firms and demands:
 * a job writes the current state (SearchDocumentWriter orders jobs for one profile); a withdrawn profile is removed at once by
 * the withdrawal itself (removeNow) and again by its job, whichever comes first.
 */
@Injectable()
export class TalentIndexService {
  private readonly logger = new Logger('TalentIndex');

  constructor(
    private readonly engine: SearchClient,
    private readonly documents: SearchDocumentWriter,
  ) {}

  private get index(): Index {
    return this.engine.index(SearchIndex.TALENTS);
  }

  /** Writes the profile as it is now (or removes it when it is gone or withdrawn). */
  async write(id: string, read: () => Promise<TalentProfile | null>, version: number): Promise<DocumentWrite> {
    return this.documents.write(SearchIndex.TALENTS, id, async () => {
      const profile = await read();
      return profile === null ? null : talentDocument(profile, version);
    });
  }

  /**
   * Rebuilds the index from these profiles (every published one: a withdrawn profile is deleted), stamped
   * with `version` (the reindex command).
   */
  async reindexAll(profiles: readonly TalentProfile[], version: number): Promise<number> {
    await this.engine.replaceAllDocuments(SearchIndex.TALENTS, profiles.map((profile) => talentDocument(profile, version)));
    return profiles.length;
  }

  /** Removes the document, whatever its version: a withdrawn profile must not come back. */
  async remove(id: string): Promise<boolean> {
    const task = await this.index.deleteDocument(id).waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== 'succeeded') throw new Error(`removing talent ${id} failed: ${task.error?.message ?? task.status}`);
    return true;
  }

  /** removeNow after a withdrawal: on failure the queued job removes it (the search hides it meanwhile). */
  async removeNow(id: string): Promise<void> {
    try {
      await this.remove(id);
    } catch (error) {
      this.logger.warn(`removing withdrawn talent ${id} from the index failed; its job will: ${(error as Error).message}`);
    }
  }

  async search(params: {
    q: string;
    filter: string[];
    page: number;
    pageSize: number;
  }): Promise<{ ids: string[]; total: number }> {
    const result = await this.index.search<{ id: string }>(params.q, {
      filter: params.filter,
      attributesToRetrieve: ['id'],
      hitsPerPage: params.pageSize,
      page: params.page,
    });
    return { ids: result.hits.map((h) => h.id), total: 'totalHits' in result && typeof result.totalHits === 'number' ? result.totalHits : result.hits.length };
  }
}
