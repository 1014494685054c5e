// `npm run dev`: the libs and the API recompiled on change (tsc --watch), the API restarted on change
// (node --watch) and the web app served by Vite with hot reload on http://localhost:5173, proxying
// /api to the API on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const nx = fileURLToPath(import.meta.resolve('nx/bin/nx.js'));
const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
const env = { ...process.env, NX_DAEMON: 'false' };

const first = spawnSync(process.execPath, [nx, 'run-many', '-t', 'build', '--projects=@mcf/api', '--outputStyle=static'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [];
function run(name, command, args, cwd = root) {
  const child = spawn(command, args, { cwd, stdio: 'inherit', env });
  child.on('exit', (code) => console.log(`[dev] ${name} exited (${code})`));
  children.push(child);
}
for (const lib of ['domain', 'contracts', 'embedded-services']) {
  run(`tsc ${lib}`, process.execPath, [tsc, '-p', `libs/${lib}/tsconfig.lib.json`, '--watch', '--preserveWatchOutput']);
}
run('tsc api', process.execPath, [tsc, '-p', 'apps/api/tsconfig.app.json', '--watch', '--preserveWatchOutput']);
run('api', process.execPath, [
  '--enable-source-maps',
  '--watch-path=apps/api/dist',
  '--watch-path=libs/domain/dist',
  '--watch-path=libs/contracts/dist',
  'apps/api/dist/main.js',
]);
run('web', 'npm', ['run', 'dev', '-w', '@mcf/web', '--', '--host', '127.0.0.1']);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(0), 12_000).unref();
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r))))).then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
