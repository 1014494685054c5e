import type { DataSource } from 'typeorm';

/**
 * The version a full rebuild of a search index stamps on its documents: the newest outbox id, so every
 * change committed so far is included and a job for an older change never overwrites what the rebuild wrote.
 */
export async function latestOutboxId(dataSource: DataSource): Promise<number> {
  const [row] = (await dataSource.query(`SELECT COALESCE(max("id"), 0)::bigint AS "v" FROM "outbox_events"`)) as {
    v: string;
  }[];
  return Number(row?.v ?? 0);
}
