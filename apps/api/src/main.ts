import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { API_PREFIX, HEALTH_PATH, OPENAPI_UI_PATH, type DemoAccount } from '@mcf/contracts';
import { ServiceUnavailableError } from '@mcf/embedded-services';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { mountOpenApi } from './bootstrap/openapi.js';
import { serveWebApp, webAppInlineScriptHashes, webDistDir } from './bootstrap/web-app.static.js';
import { AppConfig } from './core/config/app-config.js';
import { ConfigurationError, parseConfig, type ConfigValues } from './core/config/config.schema.js';
import type { DatabaseIdentity } from './core/database/database-identity.js';
import { runStartTasks } from './core/database/migration-runner.js';
import { prepareDatabase } from './core/database/prepare-database.js';
import { answerClientErrorsAsProblems } from './core/http/client-errors.js';
import { ConnectionDrain } from './core/http/keep-alive.js';
import { ProblemDetailsFilter } from './core/http/problem-details.filter.js';
import { securityHeaders } from './core/http/security-headers.js';
import { resolveServices, stopServices, type ServiceResolution } from './core/infrastructure/service-resolver.js';
import { PinoNestLogger } from './core/logging/pino-nest-logger.js';
import { createRootLogger } from './core/logging/request-context.js';
import { requestLoggingMiddleware } from './core/logging/request-logging.middleware.js';
import { httpMetricsMiddleware } from './core/metrics/http-metrics.middleware.js';
import { MetricsRegistry } from './core/metrics/metrics.registry.js';
import { JobHandlerRegistry } from './core/queue/job-handler.registry.js';
import { EventRouter } from './core/events/event-router.js';
import { claimQueuePrefix, derivedQueuePrefix, QueuePrefixHeldError } from './core/queue/queue-prefix.js';
import { serveParent, WorkerSupervisor } from './core/queue/worker-supervisor.js';
import { AccountsService } from './modules/accounts/accounts.service.js';
import { DemoDataService } from './modules/demo-data/demo-data.service.js';
import { SystemService } from './modules/system/system.service.js';

/** Start-up failures the operator can fix get one line on stderr and exit code 1, not a stack trace. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readConfig(): ConfigValues {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) fail(error.message);
    throw error;
  }
}

async function startServices(values: ConfigValues, dataDir: string, root: Logger): Promise<ServiceResolution> {
  const log = root.child({ context: 'Services' });
  try {
    return await resolveServices(values, dataDir, { info: (m) => log.info(m), warn: (m) => log.warn(m) });
  } catch (error) {
    if (error instanceof ServiceUnavailableError) fail(`Cannot start: ${error.message}`);
    throw error;
  }
}

/** How long the banner waits for the worker processes to be ready; a slow machine gets it anyway. */
const WORKERS_READY_WAIT_MS = 60_000;

/**
 * Migrates, then settles this deployment's queue prefix: QUEUE_PREFIX, else one derived from the database,
 * claimed in Redis for this database so that another deployment's database cannot share it.
 */
async function prepareInstance(values: ConfigValues, services: ServiceResolution['services'], root: Logger): Promise<string> {
  let applied: string[];
  let identity: DatabaseIdentity;
  try {
    ({ applied, identity } = await prepareDatabase(services.databaseUrl));
  } catch (error) {
    throw new Error(`preparing the database failed: ${(error as Error).message}`);
  }
  if (applied.length > 0) root.info({ migrations: applied }, `applied ${applied.length} migration(s)`);
  const prefix = values.QUEUE_PREFIX ?? derivedQueuePrefix(identity);
  try {
    await claimQueuePrefix(services.redisUrl, prefix, identity);
  } catch (error) {
    if (error instanceof QueuePrefixHeldError) throw error;
    throw new Error(`Redis did not answer while claiming queue prefix "${prefix}": ${(error as Error).message}`);
  }
  root.info({ queuePrefix: prefix, database: identity.label, derived: !values.QUEUE_PREFIX }, 'queue prefix claimed for this database');
  return prefix;
}

function printBanner(url: string, config: AppConfig, demoAccounts: DemoAccount[]) {
  const lines = [
    '',
    `  军民融合供需对接平台 is running (ROLE=${config.get('ROLE')})`,
    `  Web app:   ${url}/`,
    `  API:       ${url}${API_PREFIX}   docs: ${url}${OPENAPI_UI_PATH}   health: ${url}${HEALTH_PATH}`,
    `  Data:      ${config.dataDir}` +
      ` (embedded: ${Object.entries(config.services.embedded).filter(([, on]) => on).map(([name]) => name).join(', ') || 'none'})`,
  ];
  if (demoAccounts.length > 0) {
    lines.push('  Demo accounts (DEMO_DATA=off to disable):');
    for (const account of demoAccounts) lines.push(`    ${account.kind.padEnd(10)} ${account.email.padEnd(28)} ${account.password}`);
  }
  lines.push('  Press Ctrl-C to stop.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main() {
  const values = readConfig();
  // Started by an API process (ROLE=all) over an IPC channel: read before anything slow, as the channel may close.
  const supervised = values.ROLE === 'worker' && typeof process.send === 'function';
  const root = createRootLogger(values.LOG_LEVEL);
  const config0 = new AppConfig(values, undefined as never);
  const resolution = await startServices(values, config0.dataDir, root);
  const queuePrefix = await prepareInstance(values, resolution.services, root).catch(async (error: unknown) => {
    await stopServices(resolution.started);
    return fail(`Cannot start: ${(error as Error).message}`);
  });
  const config = new AppConfig(values, { ...resolution.services, queuePrefix });
  const logger = new PinoNestLogger(root);
  const module = AppModule.forConfig(config);

  let closing: Promise<void> | undefined;
  let firstSignalAt = 0;
  let app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | NestExpressApplication | undefined;
  let workers: WorkerSupervisor | undefined;
  let connections: ConnectionDrain | undefined;
  // However this process ends, no worker process it started outlives it.
  process.on('exit', () => workers?.killNow());
  const shutdown = (signal: string) => {
    if (closing) {
      // A terminal's Ctrl-C reaches us twice (directly, and forwarded by npm): only a second press a
      // moment later means "stop now".
      if (Date.now() - firstSignalAt < 1000) return;
      root.warn(`received ${signal} again: exiting now`);
      process.exit(1);
    }
    firstSignalAt = Date.now();
    root.info({ signal }, 'shutting down: no new requests, draining, closing workers and pools');
    const timeout = setTimeout(() => {
      root.error(`shutdown took longer than ${values.SHUTDOWN_TIMEOUT_MS} ms: exiting`);
      process.exit(1);
    }, values.SHUTDOWN_TIMEOUT_MS);
    timeout.unref();
    // Kept-alive connections are closed as they go idle, and any left open after the grace period.
    connections?.start(Math.max(0, values.SHUTDOWN_TIMEOUT_MS - 2_000));
    closing = (async () => {
      // The worker processes finish their active jobs while HTTP drains; both before the services stop.
      await Promise.all([
        workers?.stop(Math.max(0, values.SHUTDOWN_TIMEOUT_MS - 1000)),
        app?.close().catch((error: unknown) => root.error({ err: error }, 'error while closing the app')),
      ]);
      await stopServices(resolution.started);
      root.info('stopped');
      process.exit(0);
    })();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // A worker process started by an API process (ROLE=all) stops when its IPC channel closes: the parent is
  // gone, however it went (even SIGKILL), and nothing would stop or restart this process any more.
  if (supervised) {
    process.on('disconnect', () => shutdown('parent process gone'));
    // The parent may have gone while this process was still migrating or claiming its queue prefix.
    if (!process.connected) shutdown('parent process gone');
  }

  try {
    if (config.runsApi) {
      const http = await NestFactory.create<NestExpressApplication>(module, { logger, abortOnError: false });
      app = http;
      connections = new ConnectionDrain(http.getHttpServer());
      http.use(connections.middleware);
      http.set('trust proxy', values.TRUST_PROXY);
      http.disable('x-powered-by');
      http.use(securityHeaders({ inlineScriptHashes: webAppInlineScriptHashes(webDistDir(values.WEB_DIST_DIR)) }));
      http.use(requestLoggingMiddleware(root));
      http.use(httpMetricsMiddleware(http.get(MetricsRegistry)));
      http.useGlobalFilters(new ProblemDetailsFilter(root));
      answerClientErrorsAsProblems(http.getHttpServer());
      const webServed = serveWebApp(http, webDistDir(values.WEB_DIST_DIR));
      if (!webServed) root.warn('the web app is not built (run `npm run build`): only the API is served');
      mountOpenApi(http, http.get(SystemService).info().version);
    } else {
      app = await NestFactory.createApplicationContext(module, { logger, abortOnError: false });
    }

    await app.init();
    app.get(JobHandlerRegistry).assertEveryJobHandled();
    app.get(EventRouter).assertEveryEventConsumed();
    if (config.workerProcesses > 0) {
      const supervisor = app.get(WorkerSupervisor);
      workers = supervisor;
      supervisor.start(fileURLToPath(import.meta.url), process.env);
    }

    const started = app;
    const { BOOTSTRAP_ADMIN_EMAIL: adminEmail, BOOTSTRAP_ADMIN_PASSWORD: adminPassword } = values;
    // Only when there is something to do: a worker process must not wait while its parent loads the demo data.
    const demoAccounts =
      (adminEmail && adminPassword) || config.demoData
        ? await runStartTasks(started.get(DataSource), async () => {
            if (adminEmail && adminPassword) await started.get(AccountsService).bootstrapAdministrator(adminEmail, adminPassword);
            return config.demoData ? started.get(DemoDataService).load() : [];
          })
        : [];

    if (config.runsApi) {
      const http = app as NestExpressApplication;
      await http.listen(values.PORT, values.HOST);
      const host = values.HOST === '0.0.0.0' || values.HOST === '::' ? 'localhost' : values.HOST;
      const url = `http://${host}:${values.PORT}`;
      root.info({ url, role: values.ROLE }, 'listening');
      // The banner (URL and demo accounts) is the last thing a start prints: after the worker processes'
      // own start-up lines, which would otherwise push it out of sight.
      await workers?.whenReady(WORKERS_READY_WAIT_MS);
      printBanner(url, config, demoAccounts);
    } else {
      root.info({ role: values.ROLE }, 'worker started');
      // Started by an API process (ROLE=all): report ready and answer its metric requests.
      const metrics = app.get(MetricsRegistry);
      serveParent(() => metrics.workerProcessMetrics());
    }
  } catch (error) {
    root.fatal({ err: error }, 'start-up failed');
    await app?.close().catch(() => undefined);
    await stopServices(resolution.started);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`Cannot start: PORT ${values.PORT} is already in use`);
    process.exit(1);
  }
}

await main();
