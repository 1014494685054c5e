// Profiles a Node process from its start to its exit and writes the profile (open it in Chrome's DevTools,
// Performance tab) to CPU_PROFILE_DIR (default: the system's temporary folder) as <pid>-<ROLE>.cpuprofile.
// For the app's processes in a bench: BENCH_NODE_OPTIONS="--import $PWD/test/bench/cpu-profile.mjs"
// (Node refuses --cpu-prof in NODE_OPTIONS). Samples every 10 ms, so the app still settles after its start.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 10_000 });
session.post('Profiler.start');
process.on('exit', () => {
  // The main thread's inspector session answers synchronously, so the profile is written before the exit.
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    const file = join(process.env.CPU_PROFILE_DIR || tmpdir(), `${process.pid}-${process.env.ROLE || 'main'}.cpuprofile`);
    writeFileSync(file, JSON.stringify(result.profile));
  });
});
