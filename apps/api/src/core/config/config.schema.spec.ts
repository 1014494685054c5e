import { describe, expect, it } from 'vitest';
import { AppConfig, type ResolvedServices } from './app-config.js';
import { CONFIG_VARIABLES, ConfigurationError, parseConfig } from './config.schema.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems;
  }
  throw new Error('expected a configuration error');
}

describe('parseConfig', () => {
  it('gives every default with nothing set', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 3000, ROLE: 'all', DATA_DIR: './.data', DEMO_DATA: 'on', SEARCH_INDEX_PREFIX: 'mcf_' });
    expect(config.DATABASE_URL).toBeUndefined();
    // No fixed default: the queue prefix is derived from the database unless set.
    expect(config.QUEUE_PREFIX).toBeUndefined();
  });

  it('runs the workers in one supervised worker process by default, in-process with WORKER_PROCESSES=0', () => {
    const services = {} as ResolvedServices;
    const all = new AppConfig(parseConfig({}), services);
    expect([all.get('WORKER_PROCESSES'), all.workerProcesses, all.runsWorkers, all.runsApi]).toEqual([1, 1, false, true]);
    const inProcess = new AppConfig(parseConfig({ WORKER_PROCESSES: '0' }), services);
    expect([inProcess.workerProcesses, inProcess.runsWorkers]).toEqual([0, true]);
    const worker = new AppConfig(parseConfig({ ROLE: 'worker', WORKER_PROCESSES: '2' }), services);
    expect([worker.workerProcesses, worker.runsWorkers, worker.runsApi]).toEqual([0, true, false]);
    const api = new AppConfig(parseConfig({ ROLE: 'api' }), services);
    expect([api.workerProcesses, api.runsWorkers]).toEqual([0, false]);
  });

  it('treats an empty value as unset', () => {
    expect(parseConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it('trusts the private-network proxies by default, and reads TRUST_PROXY as off, hops or addresses', () => {
    expect(parseConfig({}).TRUST_PROXY).toEqual(['loopback', 'linklocal', 'uniquelocal']);
    expect(parseConfig({ TRUST_PROXY: 'off' }).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(parseConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16, ::1, fd00::/8, loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    for (const wrong of ['yes', '10.0.0.300', '10.0.0.0/33', 'proxy.example.com', ',']) {
      expect(() => parseConfig({ TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY must be "off", a number of hops/);
    }
  });

  it('coerces numbers', () => {
    expect(parseConfig({ PORT: '8080', SHUTDOWN_TIMEOUT_MS: '500' })).toMatchObject({ PORT: 8080, SHUTDOWN_TIMEOUT_MS: 500 });
  });

  it.each([
    ['PORT', '0'],
    ['PORT', '3.5'],
    ['ROLE', 'web'],
    ['DATABASE_URL', 'http://db'],
    ['REDIS_URL', 'not a url'],
    ['MEILI_URL', 'ftp://search'],
    ['SMTP_URL', 'http://mail.example.cn'],
    ['PUBLIC_URL', 'mcf.example.cn'],
    ['SEARCH_INDEX_PREFIX', 'Upper-Case'],
    ['BOOTSTRAP_ADMIN_EMAIL', 'not-an-email'],
    ['LOG_LEVEL', 'verbose'],
    ['WORKER_PROCESSES', '-1'],
    ['WORKER_PROCESSES', '17'],
    ['WORKER_PROCESSES', 'many'],
  ])('rejects %s=%s, naming the variable', (name, value) => {
    const problems = problemsOf({ [name]: value, ...(name === 'MEILI_URL' ? { MEILI_MASTER_KEY: 'k'.repeat(16) } : {}) });
    expect(problems.some((p) => p.startsWith(`${name} `))).toBe(true);
  });

  it('requires a key with MEILI_URL and a URL with a key', () => {
    expect(problemsOf({ MEILI_URL: 'http://127.0.0.1:7700' })).toEqual([expect.stringMatching(/^MEILI_MASTER_KEY is required when MEILI_URL is set/)]);
    expect(problemsOf({ MEILI_MASTER_KEY: 'k'.repeat(16) })).toEqual([expect.stringMatching(/^MEILI_URL is required/)]);
    expect(parseConfig({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_API_KEY: 'scoped' }).MEILI_API_KEY).toBe('scoped');
  });

  it('requires JWT_SECRET for ROLE=api and ROLE=worker outside development, naming the variable', () => {
    for (const ROLE of ['api', 'worker']) {
      for (const NODE_ENV of ['production', 'test']) {
        expect(problemsOf({ ROLE, NODE_ENV })).toEqual([
          `JWT_SECRET is required with ROLE=${ROLE} outside development (NODE_ENV=${NODE_ENV}): every replica must sign and check tokens with the same key`,
        ]);
        expect(parseConfig({ ROLE, NODE_ENV, JWT_SECRET: 's'.repeat(32) }).ROLE).toBe(ROLE);
      }
      expect(parseConfig({ ROLE }).JWT_SECRET).toBeUndefined();
    }
    // One process (and the worker processes it starts, which it hands its secret): a generated secret will do.
    expect(parseConfig({ ROLE: 'all', NODE_ENV: 'production' }).JWT_SECRET).toBeUndefined();
  });

  it('requires both bootstrap administrator variables or neither', () => {
    expect(problemsOf({ BOOTSTRAP_ADMIN_PASSWORD: 'a-long-password' })).toEqual([expect.stringMatching(/^BOOTSTRAP_ADMIN_EMAIL is required/)]);
  });

  it('shows a wrong value unless the variable is sensitive', () => {
    expect(problemsOf({ PORT: 'abc' })[0]).toContain('(got "abc")');
    const secret = problemsOf({ DATABASE_URL: 'mysql://user:hunter2@db/x' })[0];
    expect(secret).toContain('(value hidden)');
    expect(secret).not.toContain('hunter2');
  });

  it('marks every variable that can carry a credential as sensitive', () => {
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'MEILI_MASTER_KEY', 'MEILI_API_KEY', 'BOOTSTRAP_ADMIN_PASSWORD'] as const) {
      expect(CONFIG_VARIABLES[name].sensitive).toBe(true);
    }
  });

  it('puts all problems in one message line', () => {
    try {
      parseConfig({ PORT: 'x', ROLE: 'y' });
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message).toMatch(/^Configuration error: (ROLE .*; PORT |PORT .*; ROLE )/);
      return;
    }
    throw new Error('expected an error');
  });
});

describe('STORAGE_URL', () => {
  it('keeps files on local disk when unset and names the variable when it is wrong', () => {
    expect(parseConfig({}).STORAGE_URL).toBeUndefined();
    expect(parseConfig({ STORAGE_URL: 's3://mcf-files?endpoint=http://minio:9000&forcePathStyle=true' }).STORAGE_URL).toMatchObject({
      bucket: 'mcf-files',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
    });
    expect(problemsOf({ STORAGE_URL: 'ftp://files' })).toEqual([expect.stringMatching(/^STORAGE_URL must start with s3:\/\/.*\(got "ftp:\/\/files"\)$/)]);
  });
});
