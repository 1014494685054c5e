import { onScopeDispose, ref } from 'vue';

/** Waits between polls: quick at first (matching usually takes seconds), then every 10 s. */
export const POLL_DELAYS_MS: readonly number[] = [1500, 2000, 3000, 5000, 8000, 10_000];

export interface PollingOptions {
  delaysMs?: readonly number[];
  /** Clock for the elapsed time, replaceable in tests. */
  now?: () => number;
}

/**
 * Runs `task` again and again while it answers true, waiting a little longer each time; stops when it
 * answers false, on `stop()`, or with the component. `elapsedSeconds` is for "已等待 N 秒" hints.
 */
export function usePolling(task: () => Promise<boolean>, options: PollingOptions = {}) {
  const delays = options.delaysMs ?? POLL_DELAYS_MS;
  const now = options.now ?? (() => Date.now());
  const active = ref(false);
  const elapsedSeconds = ref(0);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let ticker: ReturnType<typeof setInterval> | null = null;
  let attempt = 0;
  let startedAt = 0;
  let generation = 0;

  function clearTimers(): void {
    if (timer) clearTimeout(timer);
    if (ticker) clearInterval(ticker);
    timer = null;
    ticker = null;
  }

  function schedule(current: number): void {
    const delay = delays[Math.min(attempt, delays.length - 1)] ?? 10_000;
    attempt += 1;
    timer = setTimeout(() => {
      timer = null;
      void task()
        .catch(() => true)
        .then((again) => {
          if (current !== generation) return;
          if (again) schedule(current);
          else stop();
        });
    }, delay);
  }

  /** Starts polling unless it already runs; the first poll comes after the first delay. */
  function start(): void {
    if (active.value) return;
    active.value = true;
    attempt = 0;
    startedAt = now();
    elapsedSeconds.value = 0;
    generation += 1;
    ticker = setInterval(() => {
      elapsedSeconds.value = Math.round((now() - startedAt) / 1000);
    }, 1000);
    schedule(generation);
  }

  function stop(): void {
    generation += 1;
    clearTimers();
    active.value = false;
  }

  onScopeDispose(stop);

  return { active, elapsedSeconds, start, stop };
}
