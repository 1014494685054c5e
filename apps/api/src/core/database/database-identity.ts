import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** Which database this is, for good: what the default queue prefix is derived from. */
export interface DatabaseIdentity {
  /** Hex digest of the database's identity row, its name and its cluster's system identifier. */
  id: string;
  /** How an operator recognises the database in a message: `"name" at host:port` (never credentials). */
  label: string;
}

/**
 * Reads the identity of the migrated database behind `dataSource`. The row's UUID tells apart two
 * databases of one name created one after the other; the name and the cluster's system identifier tell
 * apart copies restored from one dump (the row travels with the dump, they do not).
 */
export async function readDatabaseIdentity(dataSource: DataSource, databaseUrl: string): Promise<DatabaseIdentity> {
  const [row] = (await dataSource.query(
    `SELECT "id"::text AS "id", current_database() AS "name" FROM "database_identity"`,
  )) as { id: string; name: string }[];
  if (!row) throw new Error('the database_identity row is missing: the migrations did not run');
  let cluster = '';
  try {
    const [control] = (await dataSource.query(`SELECT system_identifier::text AS "cluster" FROM pg_control_system()`)) as { cluster: string }[];
    cluster = control?.cluster ?? '';
  } catch {
    // Revoked on some managed services: the row and the name still identify the database.
  }
  const id = createHash('sha256').update(`${row.id}/${row.name}/${cluster}`).digest('hex');
  const url = new URL(databaseUrl);
  return { id, label: `"${row.name}" at ${url.hostname || 'localhost'}:${url.port || '5432'}` };
}
