import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublicAwardPage } from '@mcf/contracts';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { makeDataDir, startApp } from '../../support/app-process.js';
import { waitUntil } from '../../support/marketplace.js';

const services = inject('services');

/** PIDs of processes whose command line mentions `needle`. */
function processesMentioning(needle: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes(needle) && !line.includes('ps -eo'))
    .map((line) => line.trim().split(/\s+/)[0] ?? '');
}

describe('npm start with nothing configured', () => {
  it('starts embedded PostgreSQL and Meilisearch, stops them on SIGTERM, and reuses the data on a second start', async () => {
    const dataDir = makeDataDir(services, 'embedded');
    // No DATABASE_URL and no MEILI_URL: the app must start both itself. Redis is this machine's.
    const env = { DATA_DIR: dataDir, REDIS_URL: services.redisUrl, QUEUE_PREFIX: `${services.queuePrefix}-embedded`, LOG_LEVEL: 'info' };

    const first = await startApp(env);
    // Whatever fails below, no app may outlive the test.
    onTestFinished(async () => {
      await first.stop();
    });
    // The start banner (URL, demo accounts) is printed last, once the worker processes report ready; the
    // health check can answer 200 a moment before it is written.
    await waitUntil('the start banner', async () => first.output(), (output) => output.includes('Press Ctrl-C to stop'));
    expect(first.output()).toContain('PostgreSQL (embedded) listening');
    expect(first.output()).toContain('Meilisearch 1.21.0 (embedded) listening');
    expect(first.output()).toMatch(/applied \d+ migration\(s\)/);
    expect(first.output()).toContain('admin@demo.mcf.local');
    // The demo data includes one demand answered by the demo firm and awarded to it: the public list shows it.
    const demoAwards = async (baseUrl: string) =>
      ((await (await fetch(`${baseUrl}/api/v1/open-data/awards`)).json()) as PublicAwardPage).items;
    expect(first.output()).toContain('demo data: awarded 《抗洪抢险应急桥梁保障（演示）》 to the demo firm');
    expect((await demoAwards(first.baseUrl)).map((a) => a.title)).toEqual(['抗洪抢险应急桥梁保障（演示）']);
    expect(existsSync(join(dataDir, 'meilisearch', 'master-key'))).toBe(true);
    expect(processesMentioning(dataDir).length).toBeGreaterThanOrEqual(2);
    expect(await first.stop()).toBe(0);
    expect(processesMentioning(dataDir)).toEqual([]);

    const second = await startApp(env);
    onTestFinished(async () => {
      await second.stop();
    });
    expect(second.output()).not.toContain('creating a new cluster');
    expect(second.output()).not.toMatch(/applied \d+ migration\(s\)/);
    expect(second.output()).not.toContain('created 3 demo account(s)');
    expect(second.output()).not.toContain('demo data: awarded');
    expect(await demoAwards(second.baseUrl)).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'meilisearch', 'master-key'), 'utf8').length).toBeGreaterThanOrEqual(16);
    expect(await second.stop()).toBe(0);
    expect(processesMentioning(dataDir)).toEqual([]);
  }, 180_000);
});
