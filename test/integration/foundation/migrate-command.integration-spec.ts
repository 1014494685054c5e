/**
 * The migrate command is what the Kubernetes migration Job runs before new replicas roll out: it applies
 * every pending migration once, under the app's advisory lock, and a second run finds nothing to do.
 */
import { dropDatabase, ensureDatabase, withDatabase } from '@mcf/embedded-services';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runApiCli } from '../../support/app-process.js';

const services = inject('services');
const database = `mcf_test_${services.runId}_migrate`;

afterAll(async () => {
  await dropDatabase(services.adminDatabaseUrl, database);
});

describe('migrate command', () => {
  it('migrates an empty database once, then finds it up to date', async () => {
    await ensureDatabase(services.adminDatabaseUrl, database);
    const env = { DATABASE_URL: withDatabase(services.adminDatabaseUrl, database) };
    const first = await runApiCli('migrate', [], env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const applied = Number(/applied (\d+) migration/.exec(first.stdout)?.[1]);
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM typeorm_migrations');
      expect(Number(rows[0]!.count)).toBe(applied);
      expect(applied).toBeGreaterThan(10);
    } finally {
      await client.end();
    }
    const second = await runApiCli('migrate', [], env);
    expect([second.status, second.stdout]).toEqual([0, 'the database is up to date\n']);
  });

  it('refuses to run without DATABASE_URL, saying so', async () => {
    const result = await runApiCli('migrate', [], {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('migrate needs DATABASE_URL');
  });
});
