/**
 * Deployments sharing one Redis stay apart by default: the queue prefix is derived from the database,
 * claimed for it in Redis, and refused to an instance of another database. A second instance of the same
 * database derives the same prefix and shares the work. A job whose subject is not in the database that
 * took it is logged, counted and failed, never completed as if done.
 */
import { dropDatabase, ensureDatabase, withDatabase } from '@mcf/embedded-services';
import { type Job, Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, TEST_PASSWORD, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, spawnApp, startApp } from '../../support/app-process.js';
import { WITHOUT_DEMO_DATA, createFirm, publishDemand, registerNamed, waitForMatches, waitUntil } from '../../support/marketplace.js';
import { removeIndexesAndKeys, removeQueueKeys } from '../../support/test-services.js';

const services = inject('services');
const base = services.databaseUrl.split('/').pop()!;

interface Deployment {
  name: string;
  database: string;
  indexPrefix: string;
  app?: RunningApp;
  prefix?: string;
  procurerEmail?: string;
  demandId?: string;
}

const a: Deployment = { name: 'a', database: `${base}_iso_a`, indexPrefix: `${services.indexPrefix}isoa_` };
const b: Deployment = { name: 'b', database: `${base}_iso_b`, indexPrefix: `${services.indexPrefix}isob_` };
const c: Deployment = { name: 'c', database: `${base}_iso_c`, indexPrefix: `${services.indexPrefix}isoc_` };
const stragglers: { stop(): Promise<unknown> }[] = [];

/** The app's environment with default settings: no QUEUE_PREFIX, only its own database and indexes. */
function defaultEnvironment(deployment: Deployment, extra: Record<string, string> = {}): Record<string, string> {
  const { QUEUE_PREFIX: _fixed, ...env } = appEnvironment(services, {
    DATABASE_URL: withDatabase(services.adminDatabaseUrl, deployment.database),
    SEARCH_INDEX_PREFIX: deployment.indexPrefix,
    WORKER_PROCESSES: '0',
    LOG_LEVEL: 'info',
    ...WITHOUT_DEMO_DATA,
  });
  return { ...env, ...extra };
}

/** The prefix the instance settled, from its start-up log line. */
function claimedPrefix(output: string): string {
  const line = output.split('\n').find((l) => l.includes('queue prefix claimed for this database'));
  if (!line) throw new Error(`no queue prefix in the output:\n${output}`);
  return (JSON.parse(line) as { queuePrefix: string }).queuePrefix;
}

function pidOf(job: Job): number {
  return Number(job.processedBy?.split(':').pop());
}

async function completedJobs(prefix: string): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const name of ['matching', 'search-indexing']) {
    const queue = new Queue(name, { connection: { url: services.redisUrl }, prefix });
    try {
      jobs.push(...(await queue.getJobs(['completed'], 0, 1000)));
    } finally {
      await queue.close();
    }
  }
  return jobs;
}

async function metricsOf(app: RunningApp): Promise<string> {
  return (await fetch(`${app.baseUrl}/metrics`)).text();
}

/** A verified procurer, one published firm and one published demand, matched. */
async function populate(deployment: Deployment): Promise<void> {
  const api = new ApiClient(deployment.app!.baseUrl);
  const admin = await api.adminToken();
  await createFirm(api, admin, {
    name: `咸宁${deployment.name}电源有限公司`,
    creditCode: newCreditCode(),
    regionCode: '421202',
    summary: '发电机组研制生产。',
    sectors: ['EMERGENCY'],
    products: ['移动电站', '柴油发电机组'],
    capabilities: [],
    qualifications: [],
  });
  const procurer = await registerNamed(api, 'PROCURER', `某部${deployment.name}保障处`, newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
  deployment.procurerEmail = procurer.email;
  const { demand } = await publishDemand(api, procurer.token, {
    title: '野战移动电站采购',
    description: '采购野战用移动电站一批，要求车载机动。',
    sectors: ['EMERGENCY'],
    requiredQualifications: [],
  });
  deployment.demandId = demand.id;
  await waitForMatches(api, procurer.token, demand.id);
}

beforeAll(async () => {
  for (const deployment of [a, b, c]) await ensureDatabase(services.adminDatabaseUrl, deployment.database);
  // Two starts at once on a busy machine: more time than one start gets.
  [a.app, b.app] = await Promise.all([startApp(defaultEnvironment(a), 180_000), startApp(defaultEnvironment(b), 180_000)]);
  a.prefix = claimedPrefix(a.app.output());
  b.prefix = claimedPrefix(b.app.output());
  await Promise.all([populate(a), populate(b)]);
}, 240_000);

afterAll(async () => {
  for (const running of [a.app, b.app, ...stragglers]) await running?.stop();
  for (const deployment of [a, b, c]) {
    await dropDatabase(services.adminDatabaseUrl, deployment.database).catch(() => undefined);
    await removeIndexesAndKeys({ ...services, indexPrefix: deployment.indexPrefix }).catch(() => undefined);
    if (deployment.prefix) await removeQueueKeys({ redisUrl: services.redisUrl, queuePrefix: deployment.prefix });
  }
}, 120_000);

describe('instances on one Redis with default settings', () => {
  it('derive a prefix of their own from each database and handle only their own jobs', async () => {
    expect(a.prefix).toMatch(/^mcf-[0-9a-f]{16}$/);
    expect(b.prefix).toMatch(/^mcf-[0-9a-f]{16}$/);
    expect(a.prefix).not.toBe(b.prefix);
    for (const deployment of [a, b]) {
      const jobs = await completedJobs(deployment.prefix!);
      // The firm's indexing and matching, the demand's indexing and matching at least.
      expect(jobs.length).toBeGreaterThanOrEqual(4);
      expect(new Set(jobs.map(pidOf))).toEqual(new Set([deployment.app!.process.pid]));
      expect(await metricsOf(deployment.app!)).not.toMatch(/^queue_jobs_subject_missing_total\{.*\} [1-9]/m);
    }
  });

  it('fail, log and count a job whose demand is in another database instead of completing it', async () => {
    const queue = new Queue('matching', { connection: { url: services.redisUrl }, prefix: a.prefix });
    try {
      // What a shared prefix used to do: B's demand reaching A's worker.
      const job = await queue.add('match-demand', { demandId: b.demandId }, { jobId: `stray-${b.demandId}`, attempts: 3 });
      const failed = await waitUntil(
        'the stray job failed',
        () => queue.getJob(job.id!),
        (current) => current?.failedReason !== undefined,
      );
      expect(failed!.failedReason).toBe(`demand ${b.demandId} does not exist in this database`);
      // Unrecoverable: not retried though it had attempts left.
      expect(failed!.attemptsMade).toBe(1);
      expect(await metricsOf(a.app!)).toMatch(/^queue_jobs_subject_missing_total\{queue="matching",job="match-demand"\} 1$/m);
      const warning = a.app!.output().split('\n').find((line) => line.includes(`id ${job.id}`));
      expect(warning).toBeDefined();
      expect(JSON.parse(warning!)).toMatchObject({ level: 'warn', context: 'Jobs' });
      expect(warning).toContain('job match-demand');
    } finally {
      await queue.close();
    }
  });

  it('refuse to start on a prefix another database holds, naming both databases', async () => {
    const { output, exited } = spawnApp(defaultEnvironment(c, { QUEUE_PREFIX: a.prefix! }));
    expect(await exited).toBe(1);
    expect(output()).toContain(`Cannot start: queue prefix "${a.prefix}" belongs to database "${a.database}" at`);
    expect(output()).toContain(`but this instance's database is "${c.database}" at`);
  }, 120_000);

  it('a second instance of the same database derives the same prefix and shares its work', async () => {
    const worker = spawnApp(defaultEnvironment(a, { ROLE: 'worker' }));
    stragglers.push({ stop: async () => (worker.child.exitCode === null && worker.child.kill('SIGTERM'), worker.exited) });
    await waitUntil('the second instance started', async () => worker.output(), (out) => out.includes('worker started'), 60_000);
    expect(claimedPrefix(worker.output())).toBe(a.prefix);
    // The first instance goes; an API-only instance of the same database takes requests, the worker the jobs.
    expect(await a.app!.stop()).toBe(0);
    const apiOnly = await startApp(defaultEnvironment(a, { ROLE: 'api', BOOTSTRAP_ADMIN_EMAIL: '', BOOTSTRAP_ADMIN_PASSWORD: '' }));
    stragglers.push(apiOnly);
    expect(claimedPrefix(apiOnly.output())).toBe(a.prefix);
    const api = new ApiClient(apiOnly.baseUrl);
    const { token } = await api.login(a.procurerEmail!, TEST_PASSWORD);
    const { demand } = await publishDemand(api, token, {
      title: '方舱电站采购',
      description: '采购方舱电站两套，要求静音运行、车载机动。',
      sectors: ['EMERGENCY'],
      requiredQualifications: [],
    });
    const matches = await waitForMatches(api, token, demand.id);
    expect(matches.status).toBe('READY');
    const jobs = await completedJobs(a.prefix!);
    const matched = jobs.find((job) => job.name === 'match-demand' && (job.data as { demandId: string }).demandId === demand.id);
    expect(matched && pidOf(matched)).toBe(worker.child.pid);
  }, 120_000);
});
