import { describe, expect, inject, it } from 'vitest';
import { appEnvironment, spawnApp } from '../../support/app-process.js';

const services = inject('services');

/** A wrong value must stop the start with exit code 1 and one line naming the variable. */
async function startFailure(overrides: Record<string, string>) {
  const { output, exited } = spawnApp(appEnvironment(services, overrides));
  const code = await exited;
  const lines = output().trim().split('\n');
  return { code, lines };
}

describe('a wrong configuration value stops the start with one line naming it', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT', 'must be a whole number between 1 and 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT', 'must be a whole number between 1 and 65535'],
    [{ ROLE: 'scheduler' }, 'ROLE', 'must be one of api, worker, all'],
    [{ DATABASE_URL: 'mysql://root@127.0.0.1/test' }, 'DATABASE_URL', 'must be a URL starting with postgres:// or postgresql://'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL', 'must be a URL starting with redis:// or rediss://'],
    [{ MEILI_MASTER_KEY: 'short' }, 'MEILI_MASTER_KEY', 'must be at least 16 bytes'],
    [{ DEMO_DATA: 'yes' }, 'DEMO_DATA', 'must be "on" or "off"'],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'root@example.cn' }, 'BOOTSTRAP_ADMIN_PASSWORD', 'is required together with'],
  ])('%o', async (overrides, variable, message) => {
    const { code, lines } = await startFailure(overrides);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: /);
    expect(lines[0]).toContain(variable);
    expect(lines[0]).toContain(message);
  });

  it('never prints the value of a sensitive variable', async () => {
    const { code, lines } = await startFailure({ MEILI_MASTER_KEY: 'tooshort' });
    expect(code).toBe(1);
    expect(lines[0]).toContain('MEILI_MASTER_KEY');
    expect(lines[0]).not.toContain('tooshort');
  });

  it('names every wrong variable at once', async () => {
    const { code, lines } = await startFailure({ PORT: '-1', LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(lines[0]).toContain('LOG_LEVEL');
  });

  it('says what is unreachable when a configured service does not answer', async () => {
    const { code, lines } = await startFailure({ REDIS_URL: 'redis://127.0.0.1:1' });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Redis at REDIS_URL');
  });
});
