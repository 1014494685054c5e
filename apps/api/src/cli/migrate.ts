/**
 * `node apps/api/dist/cli/migrate.js` (`npm run migration:run -w @mcf/api`): applies pending migrations
 * under the same advisory lock as the app's own start, then exits — the Kubernetes migration Job, or a
 * deploy step before new replicas roll out. Needs DATABASE_URL.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigurationError, parseConfig } from '../core/config/config.schema.js';
import { dataSourceOptions } from '../core/database/data-source-options.js';
import { ENTITIES } from '../entities.js';
import { runMigrations } from '../core/database/migration-runner.js';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main() {
  let databaseUrl: string | undefined;
  try {
    databaseUrl = parseConfig(process.env).DATABASE_URL;
  } catch (error) {
    if (error instanceof ConfigurationError) fail(error.message);
    throw error;
  }
  if (!databaseUrl) fail('migrate needs DATABASE_URL of the database to migrate');
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, ENTITIES)).initialize();
  try {
    const applied = await runMigrations(dataSource);
    process.stdout.write(applied.length > 0 ? `applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'the database is up to date\n');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => fail(`migrate failed: ${(error as Error).message}`));
