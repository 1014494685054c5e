/**
 * infra/docker-compose.yml against the Compose Specification's JSON schema (vendored in
 * infra/schemas/compose-spec), with ajv: no Docker here, so this is what keeps the file loadable. Then
 * what the production shape needs: a shared JWT secret, scans on a named volume, two API replicas and a
 * worker, Meilisearch with a volume and capped indexing memory, migrations once before the app starts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ajv2019 from 'ajv/dist/2019.js';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/app-process.js';

// CommonJS packages: under NodeNext the default import is the module object, whose `default` is the export.
const Ajv2019 = ajv2019.default as unknown as typeof ajv2019.default.default;

const COMPOSE_FILE = join(REPO_ROOT, 'infra/docker-compose.yml');
const SCHEMA_FILE = join(REPO_ROOT, 'infra/schemas/compose-spec/compose-spec.json');

let workerNodeFlags: string[];
beforeAll(async () => {
  // The V8 flags the app gives its own worker processes (integration tests run after the API's build).
  const supervisor = (await import(pathToFileURL(join(REPO_ROOT, 'apps/api/dist/core/queue/worker-supervisor.js')).href)) as { WORKER_NODE_FLAGS: string[] };
  workerNodeFlags = supervisor.WORKER_NODE_FLAGS;
});

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  deploy?: { replicas?: number; resources?: { limits?: Record<string, unknown> } };
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
}

function validator() {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  // The formats Compose itself registers (compose-go's schema checker), not ajv-formats' ISO 8601 ones.
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^[0-9a-f.:]+\/\d{1,3}$/i);
  ajv.addFormat('ports', /^(((\d{1,3}\.){3}\d{1,3}|\[[0-9a-f:]+\]):)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  // The schema still marks its definitions with draft-04 `id` ("#/definitions/service"): an annotation
  // only (every $ref is a JSON pointer), which Ajv refuses by default.
  ajv.removeKeyword('id').addKeyword('id');
  // The file names its meta-schema as http://…/draft/2019-09/schema#, which Ajv2019 knows by its https
  // address: drop the reference and let Ajv2019 apply draft 2019-09 itself.
  const { $schema: _metaSchema, ...schema } = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  expect(_metaSchema).toBe('http://json-schema.org/draft/2019-09/schema#');
  return ajv.compile(schema);
}

/** What infra/.env.example asks for. */
const REQUIRED_SETTINGS = { POSTGRES_PASSWORD: 'pg-password', MEILI_MASTER_KEY: 'a-master-key-of-24-bytes', JWT_SECRET: 'j'.repeat(32) };

/**
 * Compose's interpolation of the forms the file uses: ${NAME}, ${NAME:-default}, ${NAME:?message}
 * (refuses to start, with the message, while NAME is unset or empty).
 */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_whole, name: string, operator?: string, argument?: string) => {
    const value = env[name];
    if (value) return value;
    if (operator === '?') throw new Error(`required variable ${name} is missing a value: ${argument}`);
    return operator === '-' ? (argument ?? '') : '';
  });
}

/** The file as Compose reads it: interpolated, YAML 1.1 merge keys (`<<: *app-env`) resolved. */
function loadCompose(text = readFileSync(COMPOSE_FILE, 'utf8'), env: Record<string, string> = REQUIRED_SETTINGS): ComposeFile {
  return parse(interpolate(text, env), { merge: true }) as ComposeFile;
}

describe('infra/docker-compose.yml', () => {
  const validate = validator();
  const compose = loadCompose();
  const { api, worker, migrate, meilisearch } = compose.services;

  it('is valid against the Compose Specification schema', () => {
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check catches a misspelt key and a wrong type (so the test above can fail)', () => {
    const text = readFileSync(COMPOSE_FILE, 'utf8');
    expect(validate(loadCompose(text.replace('      replicas: 2', '      replica: 2')))).toBe(false);
    expect(validate(loadCompose(text.replace('      replicas: 2', '      replicas: two')))).toBe(false);
  });

  it('gives every API and worker container the one JWT secret from the environment, and will not start without it', () => {
    for (const service of [api!, worker!, migrate!]) {
      expect(service.environment?.JWT_SECRET).toBe(REQUIRED_SETTINGS.JWT_SECRET);
      expect(service.environment?.DATABASE_URL).toBe(`postgres://mcf:${REQUIRED_SETTINGS.POSTGRES_PASSWORD}@postgres:5432/mcf`);
      expect(service.environment?.MEILI_MASTER_KEY).toBe(REQUIRED_SETTINGS.MEILI_MASTER_KEY);
    }
    for (const name of Object.keys(REQUIRED_SETTINGS)) {
      expect(() => loadCompose(undefined, { ...REQUIRED_SETTINGS, [name]: '' })).toThrow(`required variable ${name} is missing a value: set ${name}`);
    }
  });

  it('keeps uploaded files and other data on a named volume shared by API and workers', () => {
    for (const service of [api!, worker!]) {
      const dataDir = service.environment?.DATA_DIR;
      expect(dataDir).toBe('/var/lib/mcf');
      expect(service.volumes).toContain(`app-data:${dataDir}`);
    }
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['app-data', 'postgres-data', 'redis-data', 'meili-data']));
    // Every named volume a service mounts is declared.
    for (const service of Object.values(compose.services)) {
      for (const mount of service.volumes ?? []) {
        const source = mount.split(':')[0]!;
        if (!source.startsWith('.') && !source.startsWith('/')) expect(Object.keys(compose.volumes)).toContain(source);
      }
    }
  });

  it('runs two API replicas behind a proxy, a worker service, and migrations once before either', () => {
    expect(api!.environment?.ROLE).toBe('api');
    expect(api!.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(api!.healthcheck?.test.join(' ')).toContain('/api/health/ready');
    expect(worker!.environment?.ROLE).toBe('worker');
    expect(worker!.deploy?.replicas).toBeGreaterThanOrEqual(1);
    expect(migrate!.command).toEqual(['node', 'apps/api/dist/cli/migrate.js']);
    expect(worker!.command).toEqual(['node', ...workerNodeFlags, 'apps/api/dist/main.js']);
    for (const service of [api!, worker!]) {
      expect(service.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
      expect(service.deploy?.resources?.limits).toMatchObject({ memory: expect.any(String) });
    }
    expect(compose.services.proxy?.depends_on?.api).toEqual({ condition: 'service_healthy' });
  });

  it('gives Meilisearch a volume and caps its indexing memory', () => {
    expect(meilisearch!.volumes).toContain('meili-data:/meili_data');
    expect(meilisearch!.environment?.MEILI_MAX_INDEXING_MEMORY).toBe('1GiB');
    expect(loadCompose(undefined, { ...REQUIRED_SETTINGS, MEILI_MAX_INDEXING_MEMORY: '512MiB' }).services.meilisearch?.environment?.MEILI_MAX_INDEXING_MEMORY).toBe('512MiB');
    expect(meilisearch!.deploy?.replicas ?? 1).toBe(1);
  });
});
