/**
 * `npm run bench:scale -- --firms 100000 --demands 100000 [--seed 42] [--samples 200] [--walk 1000] [--keep] [--data-only] [--reuse <run> [--lists-only]]`: the
 * platform's read paths at scale, through the API, with the engine's own figures measured in the same run.
 *
 * 1. A database of its own, migrated by starting the built app once; N synthetic firms (the generator of
 *    bench:matching:scale) and M demands with responses, awards and an audit trail written straight into
 *    the base tables (scale/synthetic-demands.ts, inside PostgreSQL); the indexes built by the app's own
 *    `npm run reindex -- all`, timed (documents a second), Meilisearch's RSS sampled while it indexes.
 * 2. The app started (ROLE=all, one worker process). Measured: search p50/p95 through the API and sent
 *    straight to Meilisearch (same query, uncompressed, keep-alive) at concurrency 1 and 16; the admin
 *    statistics; the admin lists (organisations, certificates, audit, every demand, a procurer's demands) and the OCDS
 *    release package, first and deep pages (offset pages, and every cursor page when the API gives
 *    cursors); RSS of each process (API, worker, Meilisearch, this database's PostgreSQL backends).
 * 3. Printed and written to test/artifacts/bench-scale.json. Figures are printed, not asserted.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chinaDateOf } from '@mcf/domain';
import { ensureDatabase } from '@mcf/embedded-services';
import pg from 'pg';
import { ApiClient, newCreditCode, TEST_PASSWORD } from '../support/api-client.js';
import { REPO_ROOT, type RunningApp, startApp } from '../support/app-process.js';
import { registerNamed } from '../support/marketplace.js';
import { prepareBenchRun } from './scale/bench-run.js';
import { latency, optionReader, PlainHttp, round, runReindex, timeCalls } from './scale/bench-tools.js';
import { generateDemands } from './scale/synthetic-demands.js';
import { FirmFactory, generateFirms } from './scale/synthetic-firms.js';

function log(message: string) {
  process.stdout.write(`[bench:scale ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Resident and proportional set size (MiB) of a process, from /proc; null when it is gone. */
function memoryOf(pid: number): { rssMiB: number; pssMiB: number } | null {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? NaN) / 1024;
    return { rssMiB: round(field('Rss'), 1)!, pssMiB: round(field('Pss'), 1)! };
  } catch {
    return null;
  }
}

function childrenOf(parent: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) found.push(Number(entry));
    } catch {
      // gone
    }
  }
  return found;
}

/** The Meilisearch process listening on `url`'s port (the bench's own, or the one MEILI_URL names). */
function meilisearchPid(url: string): number | null {
  const port = new URL(url).port;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmdline[0]?.endsWith('meilisearch') && cmdline.some((a) => a.endsWith(`:${port}`))) return Number(entry);
    } catch {
      // gone
    }
  }
  return null;
}

async function main() {
  const read = optionReader(process.argv.slice(2));
  const options = {
    firms: read.whole('firms', 10_000, 100, 2_000_000),
    demands: read.whole('demands', 10_000, 100, 2_000_000),
    seed: read.whole('seed', Math.floor(Math.random() * 2 ** 31), 0, 2 ** 32 - 1),
    samples: read.whole('samples', 200, 10, 10_000),
    walk: read.whole('walk', 1_000, 0, 100_000),
    keep: read.flag('keep'),
    /** Stop after writing the data and keep the database (for looking at query plans at scale). */
    dataOnly: read.flag('data-only'),
    /** The id of a run kept earlier (--keep, --data-only): its data is measured again instead of generated. */
    reuse: read.value('reuse') ?? null,
    /**
     * With --reuse: the statistics and the lists only, without the reindex and the search figures (minutes
     * at 10⁵), to measure a change to the database's read paths again on the same data.
     */
    listsOnly: read.flag('lists-only'),
  };
  if (options.listsOnly && !options.reuse) throw new Error('--lists-only measures a kept run again: give it --reuse <run>');
  if (options.dataOnly) options.keep = true;
  const loadAtStart = loadavg();
  const run = await prepareBenchRun(options, log);
  const { services, database } = run;
  const adminDatabaseUrl = services.adminDatabaseUrl;
  const meiliUrl = services.meiliUrl;
  const meiliMasterKey = services.meiliMasterKey;
  log(`firms=${options.firms} demands=${options.demands} seed=${options.seed} run=${run.runId} load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`);
  let app: RunningApp | undefined;
  let pool: pg.Pool | undefined;

  const report: Record<string, unknown> = { firms: options.firms, demands: options.demands, seed: options.seed };
  try {
    const today = chinaDateOf(new Date());
    const deadline = new Date(Date.parse(`${today}T00:00:00Z`) + 60 * 86_400_000).toISOString().slice(0, 10);

    // 1. Schema, data, index.
    await ensureDatabase(adminDatabaseUrl, database);
    await (await startApp(run.appEnv({ ROLE: 'api' }), 180_000)).stop();
    pool = run.pool = new pg.Pool({ connectionString: services.databaseUrl, max: 3 });
    const [admin] = (await pool.query<{ id: string }>(`SELECT "id" FROM "users" WHERE "platform_role" = 'ADMIN' ORDER BY "created_at" LIMIT 1`)).rows;
    if (!admin) throw new Error('the app made no administrator at start (BOOTSTRAP_ADMIN_EMAIL)');
    const factory = new FirmFactory(options.seed, today, deadline);
    let t = Date.now();
    if (options.reuse) {
      const [counted] = (
        await pool.query<{ firms: number; demands: number }>(
          `SELECT (SELECT count(*) FROM "organizations" WHERE "kind" = 'ENTERPRISE')::int AS "firms", (SELECT count(*) FROM "demands")::int AS "demands"`,
        )
      ).rows;
      report.generated = { reused: options.reuse, ...counted };
    } else {
      const firms = await generateFirms(pool, factory, options.firms, admin.id);
      const firmSeconds = (Date.now() - t) / 1000;
      t = Date.now();
      const procurers = Math.max(10, Math.round(options.demands / 500));
      const demands = await generateDemands(pool, { count: options.demands, procurers, seed: options.seed, adminId: admin.id, products: factory.products, deadline });
      const demandSeconds = (Date.now() - t) / 1000;
      await pool.query('VACUUM ANALYZE');
      report.generated = { ...firms, ...demands, firmSeconds: round(firmSeconds, 1), demandSeconds: round(demandSeconds, 1) };
    }
    log(`${options.reuse ? 'reused' : 'generated'} ${JSON.stringify(report.generated)}`);
    if (options.dataOnly) return;

    const meiliPid = meilisearchPid(meiliUrl);
    let meiliPeakRss = 0;
    if (!options.listsOnly) {
      const sampler = setInterval(() => {
        const memory = meiliPid ? memoryOf(meiliPid) : null;
        if (memory) meiliPeakRss = Math.max(meiliPeakRss, memory.rssMiB);
      }, 250);
      t = Date.now();
      let shown = '';
      /** `enterprises: 2000 documents, swapped in after 18.7 s`, as the reindex command reports each index. */
      const perIndex: Record<string, { documents: number; seconds: number; docsPerSecond: number | null }> = {};
      await runReindex(
        {
          DATABASE_URL: services.databaseUrl,
          REDIS_URL: services.redisUrl,
          MEILI_URL: meiliUrl,
          MEILI_MASTER_KEY: meiliMasterKey,
          SEARCH_INDEX_PREFIX: services.indexPrefix,
          QUEUE_PREFIX: services.queuePrefix,
          LOG_LEVEL: 'warn',
        },
        (line) => {
          const swapped = /^(\w+): (\d+) documents, swapped in after ([\d.]+) s/.exec(line);
          if (swapped)
            perIndex[swapped[1]!] = { documents: Number(swapped[2]), seconds: Number(swapped[3]), docsPerSecond: round(Number(swapped[2]) / Number(swapped[3]), 0) };
          const progress = /(\w+)\s+\[[#.]+\]\s+(\d+)\/(\d+)/.exec(line);
          const tenth = progress ? `${progress[1]} ${Math.floor((10 * Number(progress[2])) / Math.max(1, Number(progress[3])))}` : line;
          if (tenth !== shown) log(`  reindex ${line}`);
          shown = tenth;
        },
      );
      const reindexSeconds = (Date.now() - t) / 1000;
      clearInterval(sampler);
      const indexed = (await Promise.all(
        ['enterprises', 'demands'].map(async (name) => {
          const response = await new PlainHttp(meiliUrl!).request('GET', `/indexes/${services.indexPrefix}${name}/stats`, { Authorization: `Bearer ${meiliMasterKey}` });
          return (JSON.parse(response.body) as { numberOfDocuments: number }).numberOfDocuments;
        }),
      )) as [number, number];
      report.reindex = {
        // The whole command, matching features included; the search indexes' own rate is searchIndexesDocsPerSecond.
        seconds: round(reindexSeconds, 1),
        documents: { enterprises: indexed[0], demands: indexed[1] },
        perIndex,
        searchIndexesDocsPerSecond: round(
          Object.values(perIndex).reduce((s, i) => s + i.documents, 0) / Object.values(perIndex).reduce((s, i) => s + i.seconds, 0),
          0,
        ),
        meilisearchPeakRssMiB: meiliPeakRss || null,
      };
      log(`reindex ${JSON.stringify(report.reindex)}`);
    }

    // 2. The app, an administrator, a procurer owning the largest share of demands.
    app = run.app = await startApp(run.appEnv({ WORKER_PROCESSES: '1' }), 180_000);
    const api = new ApiClient(app.baseUrl);
    const adminToken = await api.adminToken();
    const procurer = await registerNamed(api, 'PROCURER', '基准测试装备采购中心', newCreditCode(), '421202');
    await api.setOrganizationStatus(adminToken, procurer.organizationId, 'verify');
    const moved = await pool.query(
      `UPDATE "demands" SET "organization_id" = $1 WHERE "organization_id" = (SELECT "organization_id" FROM "demands" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)`,
      [procurer.organizationId],
    );
    const procurerToken = (await api.login(procurer.email, TEST_PASSWORD)).token;
    const plainApi = new PlainHttp(app.baseUrl);
    const engine = new PlainHttp(meiliUrl);
    const asAdmin = { Authorization: `Bearer ${adminToken}` };

    if (!options.listsOnly) {
      // Search: the API's query, and the same query straight to the engine (the parameters SearchService sends).
      const queries = factory.products.map((p) => p.name);
      const engineSearch = (i: number) =>
        engine.request('POST', `/indexes/${services.indexPrefix}enterprises/search`, { Authorization: `Bearer ${meiliMasterKey}` }, {
          q: queries[i % queries.length],
          facets: ['sectors', 'regionCode', 'validQualificationTypes'],
          page: 1,
          hitsPerPage: 20,
          attributesToHighlight: ['name', 'summary', 'products', 'capabilities'],
          attributesToCrop: ['summary:80'],
          highlightPreTag: '<mark>',
          highlightPostTag: '</mark>',
          locales: ['cmn'],
        });
      const apiSearch = (i: number) => plainApi.request('GET', `/api/v1/search/enterprises?q=${encodeURIComponent(queries[i % queries.length]!)}`);
      await timeCalls(40, 4, apiSearch);
      await timeCalls(40, 4, engineSearch);
      const search: Record<string, unknown> = {};
      for (const concurrency of [1, 16]) {
        const total = concurrency === 1 ? options.samples : options.samples * 4;
        const engineTimes = latency(await timeCalls(total, concurrency, engineSearch));
        const apiTimes = latency(await timeCalls(total, concurrency, apiSearch));
        search[`c${concurrency}`] = { api: apiTimes, engine: engineTimes, p50Ratio: round(apiTimes.p50! / engineTimes.p50!, 2), p95Ratio: round(apiTimes.p95! / engineTimes.p95!, 2) };
        log(`search c${concurrency} ${JSON.stringify(search[`c${concurrency}`])}`);
      }
      const firstSearch = JSON.parse((await apiSearch(0)).body) as { total: number; totalIsLowerBound?: boolean };
      const everything = JSON.parse((await plainApi.request('GET', '/api/v1/search/enterprises')).body) as Record<string, unknown>;
      search.emptyQueryTotal = { total: everything.total, ...(everything.totalIsLowerBound !== undefined ? { totalIsLowerBound: everything.totalIsLowerBound } : {}), firstQueryTotal: firstSearch.total };
      report.search = search;
    }

    // Statistics.
    const statistics = latency(await timeCalls(20, 1, () => plainApi.request('GET', '/api/v1/admin/statistics', asAdmin)));
    report.statistics = statistics;
    log(`statistics ${JSON.stringify(statistics)}`);

    // Lists: first page, a deep offset page (the middle), and every cursor page when there are cursors.
    const lists: Record<string, unknown> = {};
    const listOf = async (name: string, path: string, headers: Record<string, string>) => {
      const first = await plainApi.request('GET', `${path}${path.includes('?') ? '&' : '?'}pageSize=20`, headers);
      if (first.status !== 200) throw new Error(`${path}: ${first.status} ${first.body.slice(0, 300)}`);
      const body = JSON.parse(first.body) as { total?: number; next?: string | null; links?: { next?: string } };
      const total = body.total ?? 0;
      const join = path.includes('?') ? '&' : '?';
      const firstPage = latency(await timeCalls(10, 1, () => plainApi.request('GET', `${path}${join}pageSize=20`, headers)));
      const middle = Math.max(1, Math.min(10_000, Math.floor(total / 2 / 20)));
      const deepOffset = latency(await timeCalls(5, 1, () => plainApi.request('GET', `${path}${join}pageSize=20&page=${middle}`, headers)));
      const figures: Record<string, unknown> = { total, firstPage, [`offsetPage${middle}`]: deepOffset };
      const cursorOf = (text: string): string | null => {
        const parsed = JSON.parse(text) as { next?: string | null; links?: { next?: string } };
        if (parsed.next !== undefined) return parsed.next;
        const link = parsed.links?.next;
        return link && link.includes('after=') ? new URL(link).searchParams.get('after') : null;
      };
      if (cursorOf(first.body) !== null && options.walk > 0) {
        const times: number[] = [];
        let after = cursorOf(first.body);
        let pages = 1;
        while (after && pages < options.walk) {
          const started = performance.now();
          const page = await plainApi.request('GET', `${path}${join}pageSize=100&after=${encodeURIComponent(after)}`, headers);
          times.push(performance.now() - started);
          if (page.status !== 200) throw new Error(`${path} after=${after}: ${page.status} ${page.body.slice(0, 300)}`);
          after = cursorOf(page.body);
          pages += 1;
        }
        figures.cursorPages100 = { ...latency(times), last: round(times[times.length - 1] ?? NaN, 1), reachedEnd: after === null };
      }
      lists[name] = figures;
      log(`${name} ${JSON.stringify(figures)}`);
    };
    await listOf('admin organisations', '/api/v1/admin/organizations', asAdmin);
    await listOf('admin certificates (all)', '/api/v1/admin/qualifications?status=APPROVED', asAdmin);
    await listOf('admin audit', '/api/v1/admin/audit-events', asAdmin);
    await listOf('admin demands', '/api/v1/admin/demands', asAdmin);
    await listOf(`procurer demands (${moved.rowCount} demands)`, '/api/v1/me/demands', { Authorization: `Bearer ${procurerToken}` });
    await listOf('OCDS releases', '/api/v1/open-data/ocds/releases', {});
    report.lists = lists;

    // Memory of every process, after the load.
    const workers = childrenOf(app.process.pid!);
    const backends = (await pool.query<{ pid: number }>(`SELECT "pid" FROM pg_stat_activity WHERE "datname" = $1`, [database])).rows.map((r) => r.pid);
    const backendMemory = backends.map(memoryOf).filter((m) => m !== null);
    report.memory = {
      api: memoryOf(app.process.pid!),
      workers: workers.map(memoryOf),
      meilisearch: meiliPid ? memoryOf(meiliPid) : null,
      meilisearchPeakRssWhileIndexingMiB: meiliPeakRss || null,
      postgresBackends: {
        count: backendMemory.length,
        rssMiB: round(backendMemory.reduce((s, m) => s + m.rssMiB, 0), 1),
        pssMiB: round(backendMemory.reduce((s, m) => s + m.pssMiB, 0), 1),
      },
    };
    log(`memory ${JSON.stringify(report.memory)}`);
    report.loadAverage = { start: loadAtStart.map((l) => round(l, 2)), end: loadavg().map((l) => round(l, 2)) };
    plainApi.close();
    engine.close();

    const artifacts = join(REPO_ROOT, 'test', 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'bench-scale.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`\nbench:scale\n${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    if (app) process.stderr.write(`last output of the app:\n${app.output().slice(-4000)}\n`);
    throw error;
  } finally {
    await run.cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:scale failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
