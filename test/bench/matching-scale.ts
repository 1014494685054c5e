/**
 * `npm run bench:matching:scale -- --firms 100000 [--seed 42] [--demands 50] [--samples 200] [--timeout s] [--keep] [--reuse <run>] [--worker-processes N]`:
 * matching at scale, against whatever the app's matching is, through stable surfaces only.
 *
 * 1. A database of its own (`mcf_bench_scale_<id>`), migrated by starting the built app once (ROLE=api);
 *    N synthetic firms (seeded, printed) written straight into the base tables (organizations, published
 *    profiles, certificates in every vetting state), then the search index built by the app's own
 *    `npm run reindex -w @mcf/api -- all`, waiting until the index holds every searchable firm.
 * 2. The app started (ROLE=all, its own index and queue prefixes, no demo data); a procurer registered
 *    through the API; the idle p95 of two public calls measured; a burst of demands published at once while
 *    the same calls keep being sampled, until every demand's matching is READY.
 * 3. Figures printed and written to test/artifacts/bench-matching-scale.json: generation and index build
 *    time, burst throughput and publish→READY p50/p95, the share of ideal firms stored as eligible matches,
 *    demands with no match although ideal firms exist, top-10 precision, and API p95 under load / idle.
 * Figures are printed, not asserted: the run fails only when the pipeline fails (a demand never READY).
 * The database, indexes, API key and queue keys are removed at the end unless --keep. `--reuse <run>` measures
 * again on the firms of a run kept earlier (same --firms and --seed), skipping generation and the index build. `--worker-processes N` starts the app with that many worker processes (default: the app's).
 *
 * Built with rolldown (which comes with vitest; Node 20 runs no TypeScript) by the script in test/package.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import type { DemandMatches, DemandView } from '@mcf/contracts';
import { chinaDateOf } from '@mcf/domain';
import { ensureDatabase } from '@mcf/embedded-services';
import { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { ApiClient, newCreditCode, TEST_PASSWORD } from '../support/api-client.js';
import { REPO_ROOT, type RunningApp, startApp } from '../support/app-process.js';
import { registerNamed } from '../support/marketplace.js';
import { prepareBenchRun } from './scale/bench-run.js';
import { optionReader, percentile, round, runReindex } from './scale/bench-tools.js';
import { type BurstDemand, burstDemands } from './scale/burst-demands.js';
import { cpuMeter, mapComponents } from './scale/process-cpu.js';
import { Dice, FirmFactory, generateFirms, seededRandom } from './scale/synthetic-firms.js';

const DEADLINE_DAYS = 60;

interface Options {
  firms: number;
  seed: number;
  demands: number;
  samples: number;
  timeoutSeconds: number | null;
  keep: boolean;
  reuse: string | null;
  /** WORKER_PROCESSES of the app (null: the app's default). */
  workerProcesses: number | null;
}

function parseOptions(argv: string[]): Options {
  const { value, whole, flag } = optionReader(argv);
  return {
    firms: whole('firms', 10_000, 100, 2_000_000),
    seed: whole('seed', Math.floor(Math.random() * 2 ** 31), 0, 2 ** 32 - 1),
    demands: whole('demands', 50, 1, 300),
    samples: whole('samples', 200, 10, 10_000),
    // How long the burst may take before the run fails (default: 2 min + 8 ms a firm).
    timeoutSeconds: value('timeout') === undefined ? null : whole('timeout', 0, 10, 86_400),
    keep: flag('keep'),
    reuse: value('reuse') ?? null,
    workerProcesses: value('worker-processes') === undefined ? null : whole('worker-processes', 1, 1, 16),
  };
}

const seconds = (ms: number) => round(ms / 1000, 1);

function log(message: string) {
  process.stdout.write(`[bench:matching:scale ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function timed<T>(phases: Record<string, number>, name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    phases[name] = Date.now() - started;
    log(`${name}: ${seconds(phases[name])} s`);
  }
}

/** Runs the app's reindex command (the README's) and shows its progress every tenth. */
function reindex(env: Record<string, string>): Promise<void> {
  let shownTenth = -1;
  return runReindex(env, (line) => {
    const progress = /(\w+)\s+\[[#.]+\]\s+(\d+)\/(\d+)/.exec(line);
    if (!progress) return log(`  reindex ${line}`);
    const tenth = Math.floor((10 * Number(progress[2])) / Math.max(1, Number(progress[3])));
    if (tenth !== shownTenth) {
      shownTenth = tenth;
      log(`  reindex ${line}`);
    }
  });
}

/**
 * Sequential calls of the two sampled endpoints, alternating, until `until()` says stop or `pairs` are done.
 * A call that fails to connect (a keep-alive socket the server closed as it was reused, or the app gone) is
 * counted as an error, not timed; five in a row end the sampling with that error.
 */
async function sampleApi(
  api: ApiClient,
  queries: string[],
  options: { pairs?: number; until?: () => boolean },
): Promise<{ sectors: number[]; search: number[]; errors: string[] }> {
  const sectors: number[] = [];
  const search: number[] = [];
  const errors: string[] = [];
  let failedInARow = 0;
  const time = async (into: number[], path: string) => {
    const started = performance.now();
    let response;
    try {
      response = await api.call('GET', path);
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      errors.push(`GET ${path}: ${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}`);
      failedInARow += 1;
      if (failedInARow >= 5) throw new Error(`the API stopped answering: ${errors.slice(-5).join('; ')}`);
      return;
    }
    failedInARow = 0;
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
    into.push(performance.now() - started);
  };
  for (let i = 0; options.pairs === undefined ? !options.until!() : i < options.pairs; i += 1) {
    await time(sectors, '/api/v1/reference/sectors');
    await time(search, `/api/v1/search/enterprises?q=${encodeURIComponent(queries[i % queries.length]!)}`);
  }
  return { sectors, search, errors };
}

function latencyFigures(values: number[]) {
  return { samples: values.length, p50Ms: round(percentile(values, 50), 1), p95Ms: round(percentile(values, 95), 1) };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const phases: Record<string, number> = {};
  const loadAtStart = loadavg();
  const run = await prepareBenchRun(options, log);
  const { services, database } = run;
  const meiliUrl = services.meiliUrl;
  const meiliMasterKey = services.meiliMasterKey;
  const appEnv = run.appEnv;
  log(`firms=${options.firms} seed=${options.seed} demands=${options.demands} run=${run.runId} load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`);
  let app: RunningApp | undefined;
  let pool: pg.Pool | undefined;

  try {
    const now = new Date();
    const today = chinaDateOf(now);
    const deadline = new Date(Date.parse(`${today}T00:00:00Z`) + DEADLINE_DAYS * 86_400_000).toISOString().slice(0, 10);

    // 1. Schema: the app migrates its database at start; it also makes the administrator and the indexes.
    if (!options.reuse)
      await timed(phases, 'migrate (app start, ROLE=api)', async () => {
        await ensureDatabase(services.adminDatabaseUrl, database);
        const migrating = await startApp(appEnv({ ROLE: 'api' }), 180_000);
        await migrating.stop();
      });
    pool = run.pool = new pg.Pool({ connectionString: services.databaseUrl, max: 3 });
    const [admin] = (await pool.query<{ id: string }>(`SELECT "id" FROM "users" WHERE "platform_role" = 'ADMIN' ORDER BY "created_at" LIMIT 1`)).rows;
    if (!admin) throw new Error('the app made no administrator at start (BOOTSTRAP_ADMIN_EMAIL)');

    const factory = new FirmFactory(options.seed, today, deadline);
    let lastShown = 0;
    const generated = options.reuse
      ? { certificates: Number((await pool.query<{ n: string }>(`SELECT count(*) AS "n" FROM "qualifications"`)).rows[0]?.n ?? 0) }
      : await timed(phases, 'generate', async () => {
      const result = await generateFirms(pool!, factory, options.firms, admin.id, (done) => {
        if (done - lastShown >= options.firms / 10 || done === options.firms) {
          lastShown = done;
          log(`  ${done}/${options.firms} firms written`);
        }
      });
      await pool!.query('ANALYZE "organizations", "enterprise_profiles", "enterprise_profile_versions", "qualifications"');
      return result;
    });
    const statusCounts = Object.fromEntries(
      (await pool.query<{ status: string; n: number }>(`SELECT "status", count(*)::int AS "n" FROM "organizations" WHERE "kind" = 'ENTERPRISE' GROUP BY 1`)).rows.map((r) => [r.status, r.n]),
    );
    const certificateCounts = Object.fromEntries(
      (await pool.query<{ status: string; n: number }>(`SELECT "status", count(*)::int AS "n" FROM "qualifications" GROUP BY 1`)).rows.map((r) => [r.status, r.n]),
    );
    log(`firms by status ${JSON.stringify(statusCounts)}; certificates ${generated.certificates} by status ${JSON.stringify(certificateCounts)}`);

    // The firms the public can find (verified or awaiting verification): what a full index should hold.
    const searchable = (statusCounts.VERIFIED ?? 0) + (statusCounts.PENDING_VERIFICATION ?? 0);
    const meili = new Meilisearch({ host: meiliUrl, apiKey: meiliMasterKey });
    const enterprisesIndex = `${services.indexPrefix}enterprises`;
    const indexed = options.reuse
      ? (await meili.index(enterprisesIndex).getStats()).numberOfDocuments
      : await timed(phases, 'index build (npm run reindex -- all)', async () => {
      await reindex({
        DATABASE_URL: services.databaseUrl,
        REDIS_URL: services.redisUrl,
        MEILI_URL: meiliUrl!,
        MEILI_MASTER_KEY: meiliMasterKey!,
        SEARCH_INDEX_PREFIX: services.indexPrefix,
        QUEUE_PREFIX: services.queuePrefix,
        LOG_LEVEL: 'warn',
      });
      // The command waits for its own tasks; this waits until the swapped-in index answers with every firm.
      let last = -1;
      let stableSince = Date.now();
      for (;;) {
        const stats = await meili.index(enterprisesIndex).getStats();
        if (stats.numberOfDocuments >= searchable && !stats.isIndexing) return stats.numberOfDocuments;
        if (stats.numberOfDocuments !== last) {
          last = stats.numberOfDocuments;
          stableSince = Date.now();
        } else if (!stats.isIndexing && Date.now() - stableSince > 30_000) {
          log(`  the index holds ${last} documents, not the ${searchable} searchable firms; going on`);
          return last;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    });
    log(`index ${enterprisesIndex}: ${indexed} documents (searchable firms: ${searchable})`);

    // 2. The app, a procurer, the idle API.
    app = run.app = await timed(phases, 'app start (ROLE=all)', () => startApp(appEnv(options.workerProcesses === null ? {} : { WORKER_PROCESSES: String(options.workerProcesses) }), 180_000));
    const api = new ApiClient(app.baseUrl);
    const adminToken = await api.adminToken();
    const procurer = await registerNamed(api, 'PROCURER', '基准测试装备采购中心', newCreditCode(), '421202');
    await api.setOrganizationStatus(adminToken, procurer.organizationId, 'verify');

    const dice = new Dice(seededRandom((options.seed ^ 0x5bd1e995) >>> 0));
    const demands = burstDemands(dice, factory.products, options.demands, deadline);
    const queries = demands.map((d) => d.product.name);
    // CPU seconds of the app (API and its worker processes), this database's PostgreSQL backends and the
    // Meilisearch process (when it runs here): idle, to know what the sampled calls cost, then over the burst.
    const cpu = cpuMeter(app.process.pid!, pool, database, Number(new URL(meiliUrl).port));
    // What the app does once after a start (a matching worker loading every firm's features) is neither the
    // idle cost of the sampled calls nor the burst's: wait until the app is quiet.
    await timed(phases, 'app settles after start (CPU < 5 % over 2 s)', async () => {
      for (;;) {
        const before = await cpu.read();
        await new Promise((r) => setTimeout(r, 2_000));
        const after = await cpu.read();
        if (after.seconds.app - before.seconds.app < 0.1) return;
      }
    });
    await sampleApi(api, queries, { pairs: 10 }); // warm-up
    const cpuAtIdle = await cpu.read();
    const idle = await timed(phases, 'idle API sampling', () => sampleApi(api, queries, { pairs: options.samples }));
    const cpuAfterIdle = await cpu.read();
    const idleCpu = mapComponents((c) => cpuAfterIdle.seconds[c] - cpuAtIdle.seconds[c]);

    // 3. The burst: drafts first, then every publish at once.
    const token = (await api.login(procurer.email, TEST_PASSWORD)).token;
    const drafts: { demand: BurstDemand; id: string }[] = [];
    for (const demand of demands) {
      const body = {
        title: demand.spec.title,
        description: demand.spec.description,
        sectors: demand.spec.sectors,
        requiredQualifications: demand.requiredQualifications,
        quantity: demand.spec.quantity,
        deliveryPlace: demand.spec.deliveryPlace,
        regionCode: null,
        visibility: 'PUBLIC',
        deadline,
      };
      const created = await api.call<DemandView>('POST', '/api/v1/demands', { token, body });
      if (created.status !== 201) throw new Error(`draft ${demand.spec.title}: ${created.status} ${JSON.stringify(created.body)}`);
      drafts.push({ demand, id: created.body.id });
    }
    const timeoutMs = options.timeoutSeconds === null ? 120_000 + options.firms * 8 : options.timeoutSeconds * 1000;
    const publishedAt = new Map<string, number>();
    const readyAt = new Map<string, number>();
    let burstDone = false;
    const cpuAtBurst = await cpu.read();
    const burstStarted = Date.now();
    const sampling = sampleApi(api, queries, { until: () => burstDone });
    sampling.catch(() => undefined); // awaited below; this only keeps a failure during the burst from going unhandled
    try {
      await Promise.all(
        drafts.map(async ({ demand, id }) => {
          const published = await api.call<DemandView>('POST', `/api/v1/demands/${id}/publish`, { token });
          if (published.status !== 200) throw new Error(`publish ${demand.spec.title}: ${published.status} ${JSON.stringify(published.body)}`);
          publishedAt.set(id, Date.now());
        }),
      );
      const ids = drafts.map((d) => d.id);
      while (readyAt.size < ids.length) {
        const { rows } = await pool.query<{ id: string }>(
          `SELECT "id" FROM "demands" WHERE "id" = ANY($1::uuid[]) AND "matching_status" = 'READY' AND "version" > 0 AND "matched_version" = "version"`,
          [ids],
        );
        const seen = Date.now();
        for (const row of rows) if (!readyAt.has(row.id)) readyAt.set(row.id, seen);
        if (readyAt.size < ids.length) {
          if (seen - burstStarted > timeoutMs)
            throw new Error(`${ids.length - readyAt.size} of ${ids.length} demands not READY within ${seconds(timeoutMs)} s`);
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    } finally {
      burstDone = true;
    }
    const cpuAtEnd = await cpu.read();
    const rssMegabytes = cpu.rssMegabytes();
    const loaded = await sampling;
    // The burst's CPU less what the calls sampled meanwhile cost at their idle rate: the matching's own.
    const sampledPairs = Math.min(loaded.sectors.length, loaded.search.length);
    const cpuSeconds = mapComponents((c) =>
      Math.max(0, cpuAtEnd.seconds[c] - cpuAtBurst.seconds[c] - (sampledPairs * idleCpu[c]) / Math.max(1, idle.search.length)),
    );
    const burstMs = Math.max(...readyAt.values()) - burstStarted;
    phases['burst (first publish → last READY)'] = burstMs;
    log(`burst: ${drafts.length} demands READY in ${seconds(burstMs)} s`);

    // 4. What was stored, against what the data says is ideal.
    const fresh = (await api.login(procurer.email, TEST_PASSWORD)).token;
    const perDemand = [];
    for (const { demand, id } of drafts) {
      const shown = await api.call<DemandMatches>('GET', `/api/v1/demands/${id}/matches`, { token: fresh });
      if (shown.status !== 200 || shown.body.status !== 'READY')
        throw new Error(`matches of ${id}: ${shown.status} ${JSON.stringify(shown.body).slice(0, 300)}`);
      const stored = (
        await pool.query<{ organization_id: string; eligible: boolean }>(
          `SELECT "organization_id", "eligible" FROM "matches" WHERE "demand_id" = $1 AND NOT "weak"`,
          [id],
        )
      ).rows;
      const eligible = new Set(stored.filter((r) => r.eligible).map((r) => r.organization_id));
      const nearly = new Set(stored.filter((r) => !r.eligible).map((r) => r.organization_id));
      const ideal = await idealFirms(pool, demand, deadline);
      const found = ideal.filter((firm) => eligible.has(firm)).length;
      const names = new Set([demand.product.name, ...demand.product.variants]);
      // Weak matches (shown, flagged, when nothing passes the threshold) are not claimed to be the product.
      const top = shown.body.items.filter((item) => !item.weak).slice(0, 10);
      const relevantInTop = top.filter((item) => item.enterprise.products.some((p) => names.has(p))).length;
      perDemand.push({
        id,
        product: demand.product.name,
        sector: demand.product.sector,
        required: demand.requiredQualifications.map((q) => (q.minLevel ? `${q.type}≤${q.minLevel}` : q.type)),
        ideal: ideal.length,
        eligibleStored: eligible.size,
        idealStored: found,
        // Rows kept as "almost matched" (a hard constraint unmet); an ideal firm there was judged ineligible.
        nearlyMatchedStored: nearly.size,
        idealStoredAsNearlyMatched: ideal.filter((firm) => nearly.has(firm)).length,
        top: top.length,
        top10Precision: top.length === 0 ? null : round(relevantInTop / top.length),
        publishToReadyMs: readyAt.get(id)! - publishedAt.get(id)!,
      });
    }

    const latencies = perDemand.map((d) => d.publishToReadyMs);
    const withIdeal = perDemand.filter((d) => d.ideal > 0);
    const withTop = perDemand.filter((d) => d.top10Precision !== null);
    const idleFigures = { sectors: latencyFigures(idle.sectors), search: latencyFigures(idle.search), failedCalls: idle.errors };
    const loadFigures = { sectors: latencyFigures(loaded.sectors), search: latencyFigures(loaded.search), failedCalls: loaded.errors };
    const report = {
      firms: options.firms,
      seed: options.seed,
      demands: drafts.length,
      deadline,
      firmsByStatus: statusCounts,
      certificatesByStatus: certificateCounts,
      indexedDocuments: indexed,
      phasesSeconds: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, seconds(v)])),
      generationSeconds: seconds(phases.generate!),
      indexBuildSeconds: seconds(phases['index build (npm run reindex -- all)']!),
      burst: {
        throughputDemandsPerSecond: round(drafts.length / (burstMs / 1000), 2),
        publishToReadyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies) },
        // Net of the sampled API calls (at their idle cost), with the publishes; a quiet machine of `cores`
        // cores could match about cores ÷ (CPU seconds per demand) demands a second.
        cpuSecondsPerDemand: {
          app: round(cpuSeconds.app / drafts.length),
          postgres: round(cpuSeconds.postgres / drafts.length),
          meilisearch: cpu.hasMeilisearch ? round(cpuSeconds.meilisearch / drafts.length) : null,
          total: round((cpuSeconds.app + cpuSeconds.postgres + cpuSeconds.meilisearch) / drafts.length),
        },
        cores: availableParallelism(),
        rssMegabytesAtEnd: rssMegabytes,
      },
      quality: {
        idealFirms: withIdeal.reduce((s, d) => s + d.ideal, 0),
        idealStoredAsEligibleShare:
          withIdeal.length === 0 ? null : round(withIdeal.reduce((s, d) => s + d.idealStored, 0) / withIdeal.reduce((s, d) => s + d.ideal, 0)),
        idealStoredAsEligibleShareMeanPerDemand:
          withIdeal.length === 0 ? null : round(withIdeal.reduce((s, d) => s + d.idealStored / d.ideal, 0) / withIdeal.length),
        demandsWithIdealFirms: withIdeal.length,
        demandsWithZeroMatchesWhileIdealExist: withIdeal.filter((d) => d.eligibleStored === 0).length,
        top10Precision: withTop.length === 0 ? null : round(withTop.reduce((s, d) => s + d.top10Precision!, 0) / withTop.length),
        demandsWithAnyMatch: withTop.length,
      },
      api: {
        idle: idleFigures,
        burst: loadFigures,
        p95BurstOverIdle: {
          sectors: round(loadFigures.sectors.p95Ms! / idleFigures.sectors.p95Ms!, 2),
          search: round(loadFigures.search.p95Ms! / idleFigures.search.p95Ms!, 2),
        },
      },
      loadAverage: { start: loadAtStart.map((l) => round(l, 2)), end: loadavg().map((l) => round(l, 2)) },
      perDemand,
    };
    printReport(report);
    const artifacts = join(REPO_ROOT, 'test', 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'bench-matching-scale.json'), `${JSON.stringify(report, null, 2)}\n`);
    if (app) writeFileSync(join(artifacts, 'bench-matching-scale-app.log'), app.output());
    log(`figures written to test/artifacts/bench-matching-scale.json (the app's output beside it)`);
  } catch (error) {
    if (app) process.stderr.write(`last output of the app:\n${app.output().slice(-4000)}\n`);
    throw error;
  } finally {
    await run.cleanUp();
  }
}

/** Firms that should be offered: verified, list the product's exact name, hold every certificate asked for. */
async function idealFirms(pool: pg.Pool, demand: BurstDemand, deadline: string): Promise<string[]> {
  const params: unknown[] = [demand.product.name];
  const certificateChecks = demand.requiredQualifications.map((q) => {
    params.push(q.type, q.minLevel, deadline);
    const [type, level, through] = [params.length - 2, params.length - 1, params.length].map((n) => `$${n}`);
    return `AND EXISTS (SELECT 1 FROM "qualifications" q WHERE q."organization_id" = o."id" AND q."type" = ${type}
              AND q."status" = 'APPROVED' AND q."expires_on" >= ${through}::date AND (${level}::smallint IS NULL OR q."level" <= ${level}::smallint))`;
  });
  const { rows } = await pool.query<{ id: string }>(
    `SELECT o."id" FROM "organizations" o JOIN "enterprise_profiles" p ON p."organization_id" = o."id"
      WHERE o."kind" = 'ENTERPRISE' AND o."status" = 'VERIFIED' AND p."published" IS NOT NULL
        AND (p."published"->'products') ? $1 ${certificateChecks.join(' ')}`,
    params,
  );
  return rows.map((r) => r.id);
}

function printReport(report: {
  firms: number;
  seed: number;
  demands: number;
  phasesSeconds: Record<string, number | null>;
  burst: {
    throughputDemandsPerSecond: number | null;
    publishToReadyMs: { p50: number; p95: number; max: number };
    cpuSecondsPerDemand: Record<'app' | 'postgres' | 'meilisearch' | 'total', number | null>;
    cores: number;
    rssMegabytesAtEnd: { app: number; meilisearch: number };
  };
  quality: Record<string, number | null>;
  api: {
    idle: Record<'sectors' | 'search', { samples: number; p95Ms: number | null }> & { failedCalls: string[] };
    burst: Record<'sectors' | 'search', { samples: number; p95Ms: number | null }> & { failedCalls: string[] };
    p95BurstOverIdle: Record<string, number | null>;
  };
  loadAverage: { start: (number | null)[]; end: (number | null)[] };
  perDemand: { product: string; required: string[]; ideal: number; eligibleStored: number; nearlyMatchedStored: number; idealStored: number; top10Precision: number | null; publishToReadyMs: number }[];
}) {
  const rows: [string, string][] = [
    ['firms (N)', String(report.firms)],
    ['seed', String(report.seed)],
    ...Object.entries(report.phasesSeconds).map(([k, v]): [string, string] => [`${k} (s)`, String(v)]),
    ['burst demands', String(report.demands)],
    ['throughput (demands/s)', String(report.burst.throughputDemandsPerSecond)],
    ['publish→READY p50 / p95 (ms)', `${report.burst.publishToReadyMs.p50} / ${report.burst.publishToReadyMs.p95}`],
    [
      'CPU s per demand: app / PostgreSQL / Meilisearch = total',
      `${report.burst.cpuSecondsPerDemand.app} / ${report.burst.cpuSecondsPerDemand.postgres} / ${report.burst.cpuSecondsPerDemand.meilisearch ?? '— (not on this machine)'} = ${report.burst.cpuSecondsPerDemand.total}`,
    ],
    ['RSS at the end of the burst: app (API + workers) / Meilisearch (MB)', `${report.burst.rssMegabytesAtEnd.app} / ${report.burst.rssMegabytesAtEnd.meilisearch}`],
    [
      `demands/s a quiet machine of ${report.burst.cores} cores could match (cores ÷ CPU s per demand)`,
      String(report.burst.cpuSecondsPerDemand.total ? Number((report.burst.cores / report.burst.cpuSecondsPerDemand.total).toFixed(2)) : '—'),
    ],
    ['ideal firms stored as eligible', `${report.quality.idealStoredAsEligibleShare ?? '—'} (mean per demand ${report.quality.idealStoredAsEligibleShareMeanPerDemand ?? '—'}; ${report.quality.idealFirms} ideal firms over ${report.quality.demandsWithIdealFirms} demands)`],
    ['demands with 0 matches, ideal firms exist', String(report.quality.demandsWithZeroMatchesWhileIdealExist)],
    ['top-10 precision', `${report.quality.top10Precision ?? '—'} (over ${report.quality.demandsWithAnyMatch} demands with matches)`],
    ...(['sectors', 'search'] as const).map((call): [string, string] => [
      `API p95 ${call === 'sectors' ? 'GET /reference/sectors' : 'GET /search/enterprises'} idle → burst (ms)`,
      `${report.api.idle[call].p95Ms} → ${report.api.burst[call].p95Ms} = ×${report.api.p95BurstOverIdle[call]} (${report.api.idle[call].samples}/${report.api.burst[call].samples} samples)`,
    ]),
    ['API calls that failed to connect, idle / burst', `${report.api.idle.failedCalls.length} / ${report.api.burst.failedCalls.length}`],
    ['load average start → end', `${report.loadAverage.start.join(' ')} → ${report.loadAverage.end.join(' ')}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
  process.stdout.write(`\nbench:matching:scale\n${lines.join('\n')}\n\n  per demand: product [required] ideal firms / eligible stored (+ nearly matched) / ideal stored as eligible, top-10 precision, publish→READY ms\n`);
  for (const d of report.perDemand)
    process.stdout.write(`    ${d.product} [${d.required.join(', ')}] ${d.ideal} / ${d.eligibleStored} (+${d.nearlyMatchedStored}) / ${d.idealStored}, P@10 ${d.top10Precision ?? '—'}, ${d.publishToReadyMs}\n`);
  process.stdout.write('\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:matching:scale failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
