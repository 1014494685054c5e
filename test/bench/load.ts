/**
 * `npm run bench:load -- [--users 200] [--seconds 120] [--think 1000] [--firms 40] [--procurers 10] [--keep]`:
 * the multi-process load run. 2 API processes (ROLE=api) and 2 worker processes (ROLE=worker) of the built
 * app on a database, index and queue prefix of their own, behind a round-robin proxy; N virtual users
 * (search 60 %, profile and demand views 20 %, messages 10 %, demand publishing 5 %, responses 5 %); one
 * worker killed with SIGKILL at a third of the run and one API at half of it. Then every accepted write is
 * looked for (demands matched, responses and messages stored, notifications recorded and emailed once).
 *
 * Prints requests, p50/p95 per kind, errors (5xx from the platform; requests lost on the killed API),
 * records checked and lost, and the CPU seconds of the app's processes; writes test/artifacts/bench-load.json.
 * Exits 1 when a check fails (anything lost or duplicated, any 5xx from the platform).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase } from '@mcf/embedded-services';
import pg from 'pg';
import { ApiClient } from '../support/api-client.js';
import { makeDataDir, REPO_ROOT } from '../support/app-process.js';
import { checkAcceptedWrites } from '../support/load/load-checks.js';
import { type LoadCluster, startLoadCluster } from '../support/load/load-cluster.js';
import { runLoad, seedMarketplace, summarise } from '../support/load/load-scenario.js';
import { freePort, SmtpSink } from '../support/smtp-sink.js';
import { prepareBenchRun } from './scale/bench-run.js';
import { optionReader } from './scale/bench-tools.js';
import { cpuSecondsOf, processTree } from './scale/process-cpu.js';

function log(message: string) {
  process.stdout.write(`[bench:load ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function main() {
  const read = optionReader(process.argv.slice(2));
  const options = {
    users: read.whole('users', 200, 1, 5000),
    seconds: read.whole('seconds', 120, 10, 3600),
    think: read.whole('think', 1000, 0, 60_000),
    firms: read.whole('firms', 40, 2, 10_000),
    procurers: read.whole('procurers', 10, 1, 1000),
    keep: read.flag('keep'),
  };
  const run = await prepareBenchRun({ keep: options.keep }, log);
  const { services } = run;
  let cluster: LoadCluster | undefined;
  let sink: SmtpSink | undefined;
  let failed = false;
  try {
    log(`${JSON.stringify(options)} run=${run.runId} load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    await ensureDatabase(services.adminDatabaseUrl, run.database);
    sink = new SmtpSink(await freePort());
    await sink.start();
    const smtpUrl = sink.url;
    cluster = await startLoadCluster((name) => run.appEnv({ SMTP_URL: smtpUrl, DATA_DIR: makeDataDir(services, name) }), { apis: 2, workers: 2 });
    run.pool = new pg.Pool({ connectionString: services.databaseUrl, max: 2 });
    log(`started: APIs ${cluster.apis.map((a) => a.baseUrl).join(', ')}, 2 workers, proxy ${cluster.proxy.url}`);
    const market = await seedMarketplace(new ApiClient(cluster.proxy.url), { firms: options.firms, procurers: options.procurers });
    log(`seeded ${market.firms.length} firms, ${market.procurers.length} procurers, ${market.demands.length} demands`);

    const pids = [...cluster.apis.map((a) => a.process.pid!), ...cluster.workers.map((w) => w.child.pid!)];
    const cpuOf = () => cpuSecondsOf(pids.flatMap((pid) => processTree(pid)));
    const cpuBefore = cpuOf();
    const victim = cluster.apis[1]!;
    const durationMs = options.seconds * 1000;
    const c = cluster;
    let cpuAtKills = 0;
    const result = await runLoad(cluster.proxy.url, market, {
      virtualUsers: options.users,
      durationMs,
      thinkMs: options.think,
      events: [
        {
          atMs: Math.round(durationMs / 3),
          run: async () => {
            cpuAtKills += cpuSecondsOf(processTree(c.workers[0]!.child.pid!));
            log('SIGKILL worker 1');
            await c.kill(c.workers[0]!.child);
          },
        },
        {
          atMs: Math.round(durationMs / 2),
          run: async () => {
            cpuAtKills += cpuSecondsOf(processTree(victim.process.pid!));
            log(`SIGKILL API ${victim.baseUrl}`);
            await c.kill(victim.process);
          },
        },
      ],
    });
    // CPU of the processes killed is counted up to their kill (read just before it); the survivors' to the end.
    const survivors = [cluster.apis[0]!.process.pid!, cluster.workers[1]!.child.pid!];
    const cpuSeconds = cpuSecondsOf(survivors.flatMap((pid) => processTree(pid)));
    log(`load done: ${result.samples.length} requests in ${result.wallSeconds.toFixed(1)} s; checking`);
    const checks = await checkAcceptedWrites(run.pool, result.accepted, { timeoutMs: 180_000, sink });

    const killedAt = result.eventsAt[1]!;
    const platform5xx = result.samples.filter((s) => s.status >= 500 && !s.lost);
    const lost = result.samples.filter((s) => s.lost);
    const lostElsewhere = lost.filter((s) => s.upstream !== victim.baseUrl || s.at + s.ms < killedAt);
    const hangs = result.samples.filter((s) => s.status === 0);
    const report = {
      options,
      requests: result.samples.length,
      wallSeconds: Math.round(result.wallSeconds),
      requestsPerSecond: Math.round(result.samples.length / result.wallSeconds),
      perKind: summarise(result.samples),
      errors: {
        platform5xx: platform5xx.length,
        lostInFlightOnKilledApi: lost.length - lostElsewhere.length,
        lostElsewhere: lostElsewhere.length,
        hangs: hangs.length,
        samples: [...platform5xx, ...lostElsewhere, ...hangs].slice(0, 5).map((s) => `${s.kind} ${s.status} ${s.detail ?? ''}`),
      },
      proxy: cluster.proxy.stats(),
      checks,
      // CPU seconds of the 4 app processes during the load (a busy machine stretches wall time, not this).
      appCpuSeconds: Math.round((cpuAtKills + cpuSeconds - cpuBefore) * 10) / 10,
      loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    };
    failed =
      report.errors.platform5xx + report.errors.lostElsewhere + report.errors.hangs > 0 ||
      Object.values(checks.lost).some((n) => n > 0) ||
      checks.duplicates.notifications + checks.duplicates.emails > 0;
    log(`requests ${report.requests} (${report.requestsPerSecond}/s)`);
    for (const [kind, k] of Object.entries(report.perKind)) log(`  ${kind.padEnd(8)} n=${k.requests} p50=${k.p50} ms p95=${k.p95} ms ${JSON.stringify(k.statuses)}`);
    log(`errors ${JSON.stringify(report.errors)}`);
    log(`checked ${JSON.stringify(checks.checked)} lost ${JSON.stringify(checks.lost)} duplicates ${JSON.stringify(checks.duplicates)} settled in ${checks.settledSeconds} s`);
    log(`app CPU ${report.appCpuSeconds} s; ${failed ? 'FAILED' : 'all checks passed'}`);
    const dir = join(REPO_ROOT, 'test', 'artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bench-load.json'), `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await cluster?.stop().catch(() => undefined);
    await sink?.stop().catch(() => undefined);
    await run.cleanUp();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
