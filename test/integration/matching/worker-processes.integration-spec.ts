/**
 * With ROLE=all (what `npm start` runs) the API process runs no job itself: a worker process it starts
 * (ROLE=worker) takes them. A burst of demands queues and is matched there while the API keeps
 * answering; a worker process that dies is restarted and the jobs it held still complete; stopping the
 * app leaves no process behind.
 */
import { spawnSync } from 'node:child_process';
import { Queue } from 'bullmq';
import { HealthReportSchema } from '@mcf/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  daysFromNow,
  publishDemand,
  registerNamed,
  waitForMatches,
  waitUntil,
} from '../../support/marketplace.js';

const services = inject('services');

let app: RunningApp;
let api: ApiClient;
let procurer: { organizationId: string; token: string };
let matching: Queue;
let maintenance: Queue;

/** The processes the app process started (Linux `ps`). */
function childrenOf(pid: number): number[] {
  const ps = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((n) => n > 0);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** BullMQ records the worker's name, `host:pid`, on each job it takes. */
function pidOf(processedBy: string | undefined): number {
  return Number(processedBy?.split(':').pop());
}

/** `/api/health` answers its report with 200 and with 503 alike. */
async function health() {
  const response = await fetch(`${app.baseUrl}/api/health`);
  return { status: response.status, report: HealthReportSchema.parse(await response.json()) };
}

function demandSpec(i: number) {
  return {
    title: `野战移动电站采购（第${i + 1}批）`,
    description: '采购野战用低噪声移动电站一批，要求车载机动、静音运行。',
    sectors: ['EMERGENCY'],
    requiredQualifications: [],
    deadline: daysFromNow(30),
  };
}

beforeAll(async () => {
  const env = appEnvironment(services, { ...WITHOUT_DEMO_DATA, HEARTBEAT_INTERVAL_MS: '1000' });
  app = await startApp(env);
  api = new ApiClient(app.baseUrl);
  const admin = await api.adminToken();
  for (const [name, products] of [
    ['咸宁静音电源有限公司', ['超静音发电机组', '车载电源']],
    ['咸宁机动电站有限公司', ['移动电站', '方舱电站']],
    ['咸宁动力装备有限公司', ['柴油发电机组']],
    ['咸宁应急装备有限公司', ['应急照明', '野战电站']],
  ] as const) {
    await createFirm(api, admin, {
      name,
      creditCode: newCreditCode(),
      regionCode: '421202',
      summary: '发电机组研制生产。',
      sectors: ['EMERGENCY'],
      products: [...products],
      capabilities: [],
      qualifications: [],
    });
  }
  procurer = await registerNamed(api, 'PROCURER', '某部后勤保障部', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
  const connection = { url: services.redisUrl };
  matching = new Queue('matching', { connection, prefix: env.QUEUE_PREFIX });
  maintenance = new Queue('maintenance', { connection, prefix: env.QUEUE_PREFIX });
}, 180_000);

afterAll(async () => {
  await matching?.close();
  await maintenance?.close();
  if (!app) return;
  const workers = childrenOf(app.process.pid!);
  expect(await app.stop()).toBe(0);
  // Stopping the app stopped its worker process too: nothing is left behind.
  expect(workers.filter(isAlive)).toEqual([]);
});

describe('ROLE=all runs the jobs in a worker process it supervises', () => {
  it('matches a burst of demands outside the HTTP process while health and reference data keep answering 200', async () => {
    const apiPid = app.process.pid!;
    const workers = childrenOf(apiPid);
    expect(workers).toHaveLength(1);
    const workerPid = workers[0]!;
    const { report } = await health();
    expect(report.details.workers).toMatchObject({ status: 'up' });

    // The heartbeat went through BullMQ and was run by the worker process.
    const beat = await waitUntil(
      'a heartbeat',
      async () => (await maintenance.getCompleted()).find((job) => job.name === 'worker-heartbeat'),
      (job) => job !== undefined,
    );
    expect(beat!.returnvalue).toMatchObject({ pid: workerPid });

    // Readers call the API for as long as the burst is being matched; every call must answer 200.
    const answers: { path: string; status: number | string }[] = [];
    let bursting = true;
    const reader = (async () => {
      while (bursting) {
        for (const path of ['/api/health', '/api/v1/reference/sectors']) {
          try {
            const response = await fetch(`${app.baseUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
            await response.arrayBuffer();
            answers.push({ path, status: response.status });
          } catch (error) {
            answers.push({ path, status: (error as Error).name });
          }
        }
      }
    })();

    const demands = await Promise.all(
      Array.from({ length: 30 }, (_, i) => publishDemand(api, procurer.token, demandSpec(i))),
    );
    for (const { demand } of demands) {
      const matches = await waitForMatches(api, procurer.token, demand.id, 180_000);
      expect(matches.status).toBe('READY');
    }
    bursting = false;
    await reader;

    expect(answers.filter((a) => a.path === '/api/health').length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.path === '/api/v1/reference/sectors').length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);

    // Every matching job of the burst ran in the worker process, none in the one that served HTTP.
    const ids = new Set(demands.map(({ demand }) => demand.id));
    const jobs = (await matching.getCompleted(0, -1)).filter(
      (job) => job.name === 'match-demand' && ids.has(String(job.data.demandId)),
    );
    expect(new Set(jobs.map((job) => String(job.data.demandId)))).toEqual(ids);
    expect(new Set(jobs.map((job) => pidOf(job.processedBy)))).toEqual(new Set([workerPid]));
  }, 300_000);

  it('restarts a killed worker process, and the jobs it held still complete', async () => {
    const [killed] = childrenOf(app.process.pid!);
    expect(killed).toBeDefined();
    const demandIds: string[] = [];
    for (let i = 0; i < 8; i++)
      demandIds.push((await publishDemand(api, procurer.token, demandSpec(100 + i))).demand.id);

    // Kill the worker process the moment a matching job is in its hands.
    let interrupted: string[] = [];
    const until = Date.now() + 60_000;
    while (interrupted.length === 0 && Date.now() < until) {
      interrupted = (await matching.getActive())
        .filter((job) => job.name === 'match-demand')
        .map((job) => String(job.data.demandId));
      if (interrupted.length === 0) await new Promise((r) => setTimeout(r, 5));
    }
    expect(
      interrupted.length,
      'a matching job was active when the worker process was killed',
    ).toBeGreaterThan(0);
    process.kill(killed!, 'SIGKILL');
    // Until its successor is up, health says so (503, with the reason) rather than pretending all is well.
    const down = await waitUntil('workers reported down', health, ({ status }) => status === 503, 30_000);
    expect(down.report.details.workers).toMatchObject({
      status: 'down',
      message: expect.stringMatching(/0 of 1 .*signal SIGKILL/),
    });

    const restarted = await waitUntil(
      'a new worker process',
      async () => ({ children: childrenOf(app.process.pid!), health: await health() }),
      ({ children, health }) => children.length === 1 && children[0] !== killed && health.status === 200,
      60_000,
    );
    expect(restarted.health.report.details.workers?.message).toMatch(
      /1 restart\(s\), last exit: signal SIGKILL/,
    );
    expect(app.output()).toMatch(
      new RegExp(`worker process ${killed} exited unexpectedly \\(signal SIGKILL\\): restarting it`),
    );

    for (const id of demandIds)
      expect((await waitForMatches(api, procurer.token, id, 180_000)).status).toBe('READY');
    const jobs = (await matching.getCompleted(0, -1)).filter((job) =>
      interrupted.includes(String(job.data.demandId)),
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((job) => pidOf(job.processedBy) === restarted.children[0])).toBe(true);
  }, 300_000);
});
