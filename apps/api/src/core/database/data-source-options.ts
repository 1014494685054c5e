import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

/**
 * The one TypeORM configuration, shared by the app and the migration CLI. Never `synchronize`. The entity
 * list comes from the caller (the app root's `ENTITIES`): core knows no feature module. Running the
 * migrations needs none.
 */
export function dataSourceOptions(url: string, entities: NonNullable<DataSourceOptions['entities']> = []): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10, connectionTimeoutMillis: 10_000 },
  };
}
