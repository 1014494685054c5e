import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../core/database/data-source-options.js';
import { ENTITIES } from '../entities.js';

/**
 * The data source the TypeORM CLI uses (`npm run migration:generate -- Name`). It needs DATABASE_URL:
 * point it at a database migrated to the latest version (e.g. the embedded one that `npm start` prints).
 */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL must be set for the migration CLI');
  process.exit(1);
}
export default new DataSource(dataSourceOptions(url, ENTITIES));
