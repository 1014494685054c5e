/**
 * `npm run bench:burst -w @mcf/test`: the latency of a cheap API call (GET /api/v1/reference/sectors)
 * while the app is idle and while a burst of 50 published demands is being matched, with ROLE=all and
 * the jobs in the API process (WORKER_PROCESSES=0, how every job ran before worker processes) and in
 * one worker process (WORKER_PROCESSES=1, the default). Figures are printed, not asserted; the test
 * fails only when a demand is never matched. On a shared machine, run it when the machine is quiet.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { daysFromNow, publishDemand, waitForMatches } from '../support/marketplace.js';

const services = inject('services');
const DEMO_PROCURER = { email: 'procurer@demo.mcf.local', password: 'Demo-Procurer-2026' };
const BURST = 50;
const TRADES = [
  ['野战静音发电机组采购', '采购野战用低噪声发电机组，车载机动，静音运行。', 'EMERGENCY'],
  ['液压阻尼器采购', '采购舰船设备用液压阻尼器，耐冲击，寿命长。', 'INTELLIGENT_EQUIPMENT'],
  ['应急机动桥梁采购', '采购应急机动桥梁器材，快速架设，承载能力强。', 'EMERGENCY'],
] as const;

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

function p(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `n=${sorted.length} p50=${p(sorted, 0.5).toFixed(1)} ms p95=${p(sorted, 0.95).toFixed(1)} ms max=${sorted.at(-1)!.toFixed(1)} ms`;
}

async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return performance.now() - started;
}

describe.each([0, 1])('WORKER_PROCESSES=%i', (workerProcesses) => {
  it('GET /api/v1/reference/sectors idle and during a burst of 50 demands', async () => {
    app = await startApp(
      appEnvironment(services, {
        WORKER_PROCESSES: String(workerProcesses),
        QUEUE_PREFIX: `${services.queuePrefix}-burst${workerProcesses}`,
      }),
    );
    const api = new ApiClient(app.baseUrl);
    const { token } = await api.login(DEMO_PROCURER.email, DEMO_PROCURER.password);
    const sectors = `${app.baseUrl}/api/v1/reference/sectors`;
    // Let the demo data's own indexing and matching finish before measuring.
    await new Promise((r) => setTimeout(r, 15_000));

    const idle: number[] = [];
    for (let i = 0; i < 300; i++) idle.push(await timedGet(sectors));

    // Sample from the first publish until the last demand is matched.
    const during: number[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) during.push(await timedGet(sectors));
    })();
    const published = await Promise.all(
      Array.from({ length: BURST }, (_, i) => {
        const [title, description, sector] = TRADES[i % TRADES.length]!;
        return publishDemand(api, token, {
          title: `${title}（第${i + 1}批）`,
          description,
          sectors: [sector],
          requiredQualifications: [],
          deadline: daysFromNow(30),
        });
      }),
    );
    const pending = published.map(({ demand }) => demand.id);
    while (pending.length > 0) {
      await new Promise((r) => setTimeout(r, 1000));
      // Jobs are taken roughly in order: look at the oldest pending demand first, stop at one not ready.
      while (pending.length > 0) {
        const matches = await api.call<{ status: string }>('GET', `/api/v1/demands/${pending[0]}/matches`, {
          token,
        });
        if (matches.body.status !== 'READY') break;
        pending.shift();
      }
    }
    sampling = false;
    await sampler;
    for (const { demand } of published)
      expect((await waitForMatches(api, token, demand.id)).status).toBe('READY');
    console.log(`WORKER_PROCESSES=${workerProcesses} idle:   ${summary(idle)}`);
    console.log(`WORKER_PROCESSES=${workerProcesses} during: ${summary(during)} (burst of ${BURST} demands)`);
  }, 600_000);
});
