/**
 * `npm run reindex -w @mcf/api -- enterprises|demands|offers|talents|all`: rebuilds a search index from PostgreSQL into a
 * fresh index with a progress bar, then swaps it in (searches are answered throughout) and drops the
 * old copy. Needs DATABASE_URL and MEILI_URL with MEILI_MASTER_KEY (or MEILI_API_KEY) of the deployment.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppConfig } from '../core/config/app-config.js';
import { ConfigurationError, parseConfig } from '../core/config/config.schema.js';
import { dataSourceOptions } from '../core/database/data-source-options.js';
import { ENTITIES } from '../entities.js';
import { SearchDocumentWriter } from '../core/search/search-document.writer.js';
import { SearchClient } from '../core/search/search.client.js';
import { OfferSearchService } from '../modules/offers/offer-search.service.js';
import { OffersRepository } from '../modules/offers/offers.repository.js';
import { SearchIndex } from '../core/search/search-indexes.js';
import { OrganizationDirectory } from '../modules/accounts/organization-directory.service.js';
import { DemandQueries } from '../modules/demands/demand-queries.service.js';
import { DemandsRepository } from '../modules/demands/demands.repository.js';
import { EnterpriseSnapshots } from '../modules/enterprises/enterprise-snapshots.service.js';
import { TalentIndexService } from '../modules/talents/talent-index.service.js';
import { TalentsRepository } from '../modules/talents/talents.repository.js';
import { latestOutboxId } from '../core/outbox/outbox-version.js';
import { IndexingService, type ReindexProgress } from '../modules/indexing/indexing.service.js';
import { MatchFeaturesRepository } from '../modules/matching/match-features.repository.js';
import { MatchFeaturesService } from '../modules/matching/match-features.service.js';
import { VocabularySuggestionsRepository } from '../modules/vocabulary/vocabulary-suggestions.repository.js';
import { VocabularyService } from '../modules/vocabulary/vocabulary.service.js';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function progressBar(label: string) {
  return ({ done, total }: ReindexProgress) => {
    const width = 30;
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * width);
    const line = `${label.padEnd(12)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${(share * 100).toFixed(0)}%`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
  };
}

async function main() {
  const target = process.argv[2] ?? 'all';
  const indexes =
    target === 'all' ? Object.values(SearchIndex) : Object.values(SearchIndex).filter((i) => i === target);
  if (indexes.length === 0) fail(`usage: reindex enterprises|demands|offers|talents|all (got "${target}")`);
  let values;
  try {
    values = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) fail(error.message);
    throw error;
  }
  const databaseUrl = process.env.DATABASE_URL;
  const meiliUrl = process.env.MEILI_URL;
  if (!databaseUrl || !meiliUrl || (!process.env.MEILI_MASTER_KEY && !process.env.MEILI_API_KEY)) {
    fail(
      'reindex needs DATABASE_URL, MEILI_URL and MEILI_MASTER_KEY (or MEILI_API_KEY) of the deployment to rebuild',
    );
  }
  const config = new AppConfig(values, {
    databaseUrl,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    meilisearch: {
      url: meiliUrl,
      masterKey: process.env.MEILI_MASTER_KEY,
      apiKey: process.env.MEILI_API_KEY,
    },
    embedded: { database: false, meilisearch: false, redis: false },
    jwtSecret: 'unused-by-the-reindex-command',
    queuePrefix: 'unused-by-the-reindex-command',
  });
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, ENTITIES)).initialize();
  const search = new SearchClient(config);
  try {
    // Constructed before the client starts, so the settings it applies carry the approved synonyms too.
    const vocabulary = new VocabularyService(new VocabularySuggestionsRepository(dataSource), search);
    await search.onModuleInit();
    const documents = new SearchDocumentWriter(search, dataSource);
    const indexing = new IndexingService(
      search,
      documents,
      new EnterpriseSnapshots(dataSource),
      new DemandQueries(new DemandsRepository(dataSource)),
      new OrganizationDirectory(dataSource),
      dataSource,
    );
    for (const index of indexes) {
      const started = Date.now();
      if (index === SearchIndex.OFFERS) {
        // Published technology offers are few: the offers module clears and refills their index at once.
        const offers = await new OfferSearchService(search, documents, new OffersRepository(dataSource)).reindexAll();
        process.stderr.write(`offers: ${offers} documents in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        continue;
      }
      if (index === SearchIndex.TALENTS) {
        // Published talent profiles, likewise (the talents module's documents: summaries, never contact details).
        const talents = await new TalentIndexService(search, documents).reindexAll(
          await new TalentsRepository(dataSource).allProfiles(),
          await latestOutboxId(dataSource),
        );
        process.stderr.write(`talents: ${talents} documents in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        continue;
      }
      const result = await indexing.reindex(index, progressBar(index));
      process.stderr.write(
        `${process.stderr.isTTY ? '\n' : ''}${index}: ${result.done} documents, swapped in after ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      if (index === SearchIndex.ENTERPRISES) {
        // Matching reads each firm's stored features and their document frequencies: rebuilt with the index.
        const featuresStarted = Date.now();
        const features = new MatchFeaturesService(
          new EnterpriseSnapshots(dataSource),
          new MatchFeaturesRepository(dataSource),
          vocabulary,
        );
        const firms = await features.rebuild((done) => progressBar('features')({ done, total: result.done }));
        process.stderr.write(
          `${process.stderr.isTTY ? '\n' : ''}matching features: ${firms} firms, rebuilt in ${((Date.now() - featuresStarted) / 1000).toFixed(1)} s\n`,
        );
      }
    }
  } finally {
    await search.onModuleDestroy();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => fail(`reindex failed: ${(error as Error).message}`));
