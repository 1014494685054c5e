import type { DataSource } from 'typeorm';

// Any fixed 64-bit numbers work; they only have to be the same in every replica.
const MIGRATION_LOCK_KEY = 7_310_052_021;
const START_TASKS_LOCK_KEY = 7_310_052_022;

/** Runs `work` holding a PostgreSQL advisory lock: replicas starting together take turns. */
async function exclusively<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await runner.release();
  }
}

/** Runs pending migrations under an advisory lock, so that replicas starting together migrate once. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  return exclusively(dataSource, MIGRATION_LOCK_KEY, async () => {
    // The migrations' column defaults call uuid_generate_v4(). TypeORM installs uuid-ossp on connect only
    // when its entities generate uuids, and a data source that only migrates has no entities (core knows
    // none): install it here, as TypeORM would.
    await dataSource.query('CREATE EXTENSION IF NOT EXISTS "uuid-ossp"');
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}

/**
 * What a start does once for the deployment (the first administrator, the demo data), one replica after
 * another: two inserting the same administrator at once would make one of them fail its start.
 */
export function runStartTasks<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  return exclusively(dataSource, START_TASKS_LOCK_KEY, work);
}
