import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { usePolling } from './usePolling';

describe('usePolling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('polls with growing delays while the task answers true, and stops when it answers false', async () => {
    const answers = [true, true, false];
    const task = vi.fn(() => Promise.resolve(answers.shift() ?? false));
    const scope = effectScope();
    const polling = scope.run(() => usePolling(task, { delaysMs: [100, 200, 400], now: () => Date.now() }))!;

    polling.start();
    expect(polling.active.value).toBe(true);
    await vi.advanceTimersByTimeAsync(99);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(400);
    expect(task).toHaveBeenCalledTimes(3);
    expect(polling.active.value).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(task).toHaveBeenCalledTimes(3);
    scope.stop();
  });

  it('keeps polling through a failed poll, counts the seconds waited, and stops with its scope', async () => {
    const task = vi.fn(() => Promise.reject(new Error('offline')));
    const scope = effectScope();
    const polling = scope.run(() => usePolling(task, { delaysMs: [1000] }))!;
    polling.start();
    polling.start();
    await vi.advanceTimersByTimeAsync(3000);
    expect(task).toHaveBeenCalledTimes(3);
    expect(polling.elapsedSeconds.value).toBe(3);
    scope.stop();
    expect(polling.active.value).toBe(false);
    await vi.advanceTimersByTimeAsync(3000);
    expect(task).toHaveBeenCalledTimes(3);
  });

  it('ignores the answer of a poll that was running when it was stopped', async () => {
    let resolve: (again: boolean) => void = () => undefined;
    const task = vi.fn(() => new Promise<boolean>((done) => (resolve = done)));
    const scope = effectScope();
    const polling = scope.run(() => usePolling(task, { delaysMs: [10] }))!;
    polling.start();
    await vi.advanceTimersByTimeAsync(10);
    polling.stop();
    resolve(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(1);
    scope.stop();
  });
});
