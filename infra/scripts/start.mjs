// `npm start`: build what is not built (Nx caches it), then run the API in this very process so that
// SIGTERM and Ctrl-C reach it directly and it can drain and stop the embedded services in order. (The API
// process starts the worker process(es) itself, ROLE=all with WORKER_PROCESSES, and stops them first.)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const build = spawnSync(
  process.execPath,
  [fileURLToPath(import.meta.resolve('nx/bin/nx.js')), 'run-many', '-t', 'build', '--projects=@mcf/api,@mcf/web', '--outputStyle=static'],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } },
);
if (build.status !== 0) {
  console.error('Build failed: see the output above.');
  process.exit(build.status ?? 1);
}
process.chdir(root);

// If whatever started us goes away without passing its signal on (npm killed, a closed terminal),
// shut down as on SIGTERM rather than live on as an orphan holding the embedded services.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();

await import('../../apps/api/dist/main.js');
