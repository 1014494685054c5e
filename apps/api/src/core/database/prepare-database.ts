import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { type DatabaseIdentity, readDatabaseIdentity } from './database-identity.js';
import { runMigrations } from './migration-runner.js';

/**
 * What every process does before its modules exist: migrate (once across replicas, under the advisory
 * lock) and read the database's identity, which the default queue prefix is derived from.
 */
export async function prepareDatabase(databaseUrl: string): Promise<{ applied: string[]; identity: DatabaseIdentity }> {
  const options = dataSourceOptions(databaseUrl);
  const dataSource = await new DataSource({ ...options, extra: { ...options.extra, max: 2 } }).initialize();
  try {
    const applied = await runMigrations(dataSource);
    return { applied, identity: await readDatabaseIdentity(dataSource, databaseUrl) };
  } finally {
    await dataSource.destroy();
  }
}
