import { Queue } from 'bullmq';
import { describe, expect, inject, it } from 'vitest';
import { appEnvironment, spawnApp, startApp } from '../../support/app-process.js';

const services = inject('services');

async function completedHeartbeats(queuePrefix: string): Promise<number> {
  const queue = new Queue('maintenance', { connection: { url: services.redisUrl }, prefix: queuePrefix });
  try {
    return (await queue.getJobCounts('completed')).completed ?? 0;
  } finally {
    await queue.close();
  }
}

describe('ROLE splits the API from the workers', () => {
  it('ROLE=worker serves no HTTP but processes jobs, and stops cleanly on SIGTERM', async () => {
    const queuePrefix = `${services.queuePrefix}-worker`;
    const { child, output, exited } = spawnApp(
      appEnvironment(services, { ROLE: 'worker', QUEUE_PREFIX: queuePrefix, HEARTBEAT_INTERVAL_MS: '1000', DEMO_DATA: 'off', LOG_LEVEL: 'info' }),
    );
    let completed = 0;
    // Jobs may complete before the start-up log line is written: wait for both.
    for (let i = 0; i < 150 && (completed === 0 || !output().includes('worker started')); i++) {
      await new Promise((r) => setTimeout(r, 200));
      if (child.exitCode !== null) throw new Error(`worker exited early:\n${output()}`);
      completed = await completedHeartbeats(queuePrefix);
    }
    expect(completed).toBeGreaterThan(0);
    expect(output()).toContain('worker started');
    expect(output()).not.toContain('listening');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it('ROLE=api serves HTTP and leaves the jobs to the workers', async () => {
    const queuePrefix = `${services.queuePrefix}-api`;
    const app = await startApp(appEnvironment(services, { ROLE: 'api', QUEUE_PREFIX: queuePrefix, HEARTBEAT_INTERVAL_MS: '1000', DEMO_DATA: 'off' }));
    try {
      const info = (await (await fetch(`${app.baseUrl}/api/v1/system/info`)).json()) as { role: string };
      expect(info.role).toBe('api');
      await new Promise((r) => setTimeout(r, 2500));
      expect(await completedHeartbeats(queuePrefix)).toBe(0);
      expect(await (await fetch(`${app.baseUrl}/metrics`)).text()).not.toMatch(/^worker_last_heartbeat_timestamp_seconds [1-9]/m);
    } finally {
      expect(await app.stop()).toBe(0);
    }
  }, 60_000);
});
