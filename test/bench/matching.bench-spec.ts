/**
 * `npm run bench:matching`: loads each data set through the public API the normal way (register,
 * verify, profile, certificate upload, approval, demand, publish) into a fresh database and index, then
 * prints precision@1, recall@5 (grades 1 and 2 count as relevant), how many mustNotMatch firms appear in
 * any top 5, and publish→READY latency (p50/p95). Figures are printed, not asserted; the test fails only
 * when the pipeline itself fails (a demand never becomes READY).
 */
import { readFileSync } from 'node:fs';
import { regionCodeFromName, sectorCodeFromChineseName } from '@mcf/domain';
import { dropDatabase, ensureDatabase, withDatabase } from '@mcf/embedded-services';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  type FirmSpec,
  publishDemand,
  registerNamed,
  waitForMatches,
} from '../support/marketplace.js';

const services = inject('services');

interface DataSet {
  enterprises: (Omit<FirmSpec, 'sectors' | 'regionCode'> & {
    key: string;
    region: string;
    sectors: string[];
  })[];
  demands: {
    key: string;
    title: string;
    description: string;
    sectors: string[];
    requiredQualifications: { type: string; minLevel: number | null }[];
    relevant: Record<string, number>;
    mustNotMatch: string[];
  }[];
}

function regionCodeOf(region: string): string {
  if (/^\d{6}$/.test(region)) return region;
  const code = regionCodeFromName(region);
  if (!code) throw new Error(`unknown region ${region}`);
  return code;
}

function sectorCodes(names: string[]): string[] {
  return names.map((name) => {
    const code = sectorCodeFromChineseName(name);
    if (!code) throw new Error(`unknown sector ${name}`);
    return code;
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

const apps: RunningApp[] = [];
const databases: string[] = [];
afterAll(async () => {
  for (const app of apps) await app.stop();
  for (const database of databases) await dropDatabase(services.adminDatabaseUrl, database);
});

async function measure(name: string, file: string) {
  const data = JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')) as DataSet;
  const database = `${services.databaseUrl.split('/').pop()}_bench_${name}`;
  await ensureDatabase(services.adminDatabaseUrl, database);
  databases.push(database);
  const app = await startApp(
    appEnvironment(services, {
      DATABASE_URL: withDatabase(services.adminDatabaseUrl, database),
      SEARCH_INDEX_PREFIX: `${services.indexPrefix}bench_${name}_`,
      QUEUE_PREFIX: `${services.queuePrefix}-bench-${name}`,
      ...WITHOUT_DEMO_DATA,
    }),
  );
  apps.push(app);
  const api = new ApiClient(app.baseUrl);
  const admin = await api.adminToken();
  const keyOf = new Map<string, string>();
  for (const firm of data.enterprises) {
    const created = await createFirm(api, admin, {
      ...firm,
      creditCode: firm.creditCode ?? newCreditCode(),
      regionCode: regionCodeOf(firm.region),
      sectors: sectorCodes(firm.sectors),
    });
    keyOf.set(created.organizationId, firm.key);
  }
  const procurer = await registerNamed(api, 'PROCURER', `${name} 测试采购单位`, newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');

  let hitsAt1 = 0;
  let recallSum = 0;
  let violations = 0;
  const latencies: number[] = [];
  const lines: string[] = [];
  for (const spec of data.demands) {
    const { demand, publishedAt } = await publishDemand(api, procurer.token, {
      ...spec,
      sectors: sectorCodes(spec.sectors),
    });
    const matches = await waitForMatches(api, procurer.token, demand.id);
    latencies.push(Date.now() - publishedAt);
    const ranked = matches.items.map(
      (item) => keyOf.get(item.enterprise.id) ?? `other:${item.enterprise.name}`,
    );
    const top5 = ranked.slice(0, 5);
    const relevant = Object.entries(spec.relevant)
      .filter(([, grade]) => grade >= 1)
      .map(([key]) => key);
    if (ranked[0] !== undefined && (spec.relevant[ranked[0]] ?? 0) >= 1) hitsAt1 += 1;
    recallSum +=
      relevant.length === 0 ? 1 : relevant.filter((key) => top5.includes(key)).length / relevant.length;
    const bad = top5.filter((key) => spec.mustNotMatch.includes(key));
    violations += bad.length;
    lines.push(
      `  ${spec.key.padEnd(16)} top5=[${top5.join(', ')}]${bad.length ? `  VIOLATION: ${bad.join(', ')}` : ''}`,
    );
  }
  const n = data.demands.length;
  const report = {
    set: name,
    demands: n,
    firms: data.enterprises.length,
    precisionAt1: +(hitsAt1 / n).toFixed(3),
    recallAt5: +(recallSum / n).toFixed(3),
    mustNotMatchInTop5: violations,
    publishToReadyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
  };
  console.log(`\n[bench:matching] ${name}\n${lines.join('\n')}\n${JSON.stringify(report)}`);
  return report;
}

describe('bench:matching', () => {
  it('the development set (matching-dev.json)', { timeout: 600_000 }, async () => {
    const report = await measure('dev', 'matching-dev.json');
    expect(report.demands).toBeGreaterThan(0);
  });

  it('the second development set (matching-dev-2.json)', { timeout: 600_000 }, async () => {
    const report = await measure('dev2', 'matching-dev-2.json');
    expect(report.demands).toBeGreaterThan(0);
  });

  it(
    'the held-out set written for this repository (matching-holdout.json)',
    { timeout: 600_000 },
    async () => {
      const report = await measure('holdout', 'matching-holdout.json');
      expect(report.demands).toBeGreaterThanOrEqual(15);
    },
  );
});
