import type { HealthReport, SystemInfo } from '@mcf/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem, NetworkError } from '../../../api/http';
import { HEALTH_POLL_INTERVAL_MS, toHealthView, useHealth } from './useHealth';

const CHECKED_AT = new Date('2025-03-01T08:00:00Z');

const allUp: HealthReport = {
  status: 'ok',
  info: { database: { status: 'up' }, redis: { status: 'up' }, meilisearch: { status: 'up' } },
  error: {},
  details: { database: { status: 'up' }, redis: { status: 'up' }, meilisearch: { status: 'up' } },
};

/** What the API sends with its 503 when Redis is down. */
const redisDown: HealthReport = {
  status: 'error',
  info: { database: { status: 'up' }, meilisearch: { status: 'up' } },
  error: { redis: { status: 'down', message: 'connect ECONNREFUSED 127.0.0.1:6379' } },
  details: {
    database: { status: 'up' },
    redis: { status: 'down', message: 'connect ECONNREFUSED 127.0.0.1:6379' },
    meilisearch: { status: 'up' },
  },
};

const systemInfo: SystemInfo = {
  name: 'mcf-platform',
  version: '0.1.0',
  role: 'all',
  demoData: true,
  startedAt: '2025-03-01T07:59:00Z',
};

describe('toHealthView', () => {
  it('shows every service up and the platform ok', () => {
    expect(toHealthView(allUp, CHECKED_AT)).toEqual({
      overall: 'ok',
      shuttingDown: false,
      services: [
        { service: 'database', status: 'up' },
        { service: 'redis', status: 'up' },
        { service: 'meilisearch', status: 'up' },
      ],
      checkedAt: CHECKED_AT,
      failure: null,
    });
  });

  it('turns the 503 report into an error with the failing service down and its reason', () => {
    const view = toHealthView(redisDown, CHECKED_AT);
    expect(view.overall).toBe('error');
    expect(view.services).toEqual([
      { service: 'database', status: 'up' },
      { service: 'redis', status: 'down', message: 'connect ECONNREFUSED 127.0.0.1:6379' },
      { service: 'meilisearch', status: 'up' },
    ]);
  });

  it('shows the job workers when the API reports them (ROLE=all), with why they are down', () => {
    const message = '0 of 1 worker process(es) running, 1 restart(s), last exit: signal SIGKILL';
    const view = toHealthView(
      {
        status: 'error',
        error: { workers: { status: 'down', message } },
        details: { ...allUp.details, workers: { status: 'down', message } },
      },
      CHECKED_AT,
    );
    expect(view.overall).toBe('error');
    expect(view.services.at(-1)).toEqual({ service: 'workers', status: 'down', message });
    expect(toHealthView(allUp, CHECKED_AT).services.map((service) => service.service)).not.toContain(
      'workers',
    );
    // An up service's diagnostics are not shown: the page shows messages as errors.
    const up = { status: 'up' as const, message: '1 of 1 worker process(es) running, 0 restart(s)' };
    const upView = toHealthView({ ...allUp, details: { ...allUp.details, workers: up } }, CHECKED_AT);
    expect(upView.services.at(-1)).toEqual({ service: 'workers', status: 'up' });
  });

  it('counts a service missing from the report as down', () => {
    const view = toHealthView({ status: 'error', details: { database: { status: 'up' } } }, CHECKED_AT);
    expect(view.services.map((service) => service.status)).toEqual(['up', 'down', 'down']);
  });

  it('shows a shutting-down API as an error', () => {
    const view = toHealthView({ ...allUp, status: 'shutting_down' }, CHECKED_AT);
    expect(view).toMatchObject({ overall: 'error', shuttingDown: true });
  });
});

describe('useHealth', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function start(
    fetchHealth: () => Promise<HealthReport>,
    fetchSystemInfo = () => Promise.resolve(systemInfo),
  ) {
    const scope = effectScope();
    const health = scope.run(() => useHealth({ fetchHealth, fetchSystemInfo, now: () => CHECKED_AT }))!;
    return { ...health, scope };
  }

  it('is loading until the first answer, then shows it with the system info', async () => {
    const fetchHealth = vi.fn(() => Promise.resolve(allUp));
    const { view, systemInfo: info, scope } = start(fetchHealth);

    expect(view.value.overall).toBe('loading');
    await vi.advanceTimersByTimeAsync(0);

    expect(view.value.overall).toBe('ok');
    expect(view.value.services).toHaveLength(3);
    expect(info.value).toEqual({ state: 'loaded', info: systemInfo });
    scope.stop();
  });

  it('treats the 503 body as data: error overall, Redis down', async () => {
    const { view, scope } = start(() => Promise.resolve(redisDown));
    await vi.advanceTimersByTimeAsync(0);

    expect(view.value.overall).toBe('error');
    expect(view.value.services.find((service) => service.service === 'redis')?.status).toBe('down');
    scope.stop();
  });

  it('shows the API as unreachable when the request gets no answer', async () => {
    const {
      view,
      systemInfo: info,
      scope,
    } = start(
      () => Promise.reject(new NetworkError('GET /api/health failed: no answer')),
      () => Promise.reject(new NetworkError('no answer')),
    );
    await vi.advanceTimersByTimeAsync(0);

    expect(view.value).toMatchObject({ overall: 'unreachable', services: [], checkedAt: CHECKED_AT });
    expect(view.value.failure).toContain('no answer');
    expect(info.value).toEqual({ state: 'unavailable' });
    scope.stop();
  });

  it('shows the API as unreachable when something else answers (a proxy error page)', async () => {
    const proxyError = new ApiProblem({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      code: 'HTTP_502',
    });
    const { view, scope } = start(() => Promise.reject(proxyError));
    await vi.advanceTimersByTimeAsync(0);

    expect(view.value.overall).toBe('unreachable');
    scope.stop();
  });

  it('checks again every 5 s and recovers when the API comes back', async () => {
    const fetchHealth = vi
      .fn<() => Promise<HealthReport>>()
      .mockRejectedValueOnce(new NetworkError('no answer'))
      .mockResolvedValue(allUp);
    const { view, systemInfo: info, scope } = start(fetchHealth, vi.fn().mockResolvedValue(systemInfo));

    await vi.advanceTimersByTimeAsync(0);
    expect(view.value.overall).toBe('unreachable');

    await vi.advanceTimersByTimeAsync(HEALTH_POLL_INTERVAL_MS);
    expect(fetchHealth).toHaveBeenCalledTimes(2);
    expect(view.value.overall).toBe('ok');
    expect(info.value.state).toBe('loaded');

    await vi.advanceTimersByTimeAsync(HEALTH_POLL_INTERVAL_MS);
    expect(fetchHealth).toHaveBeenCalledTimes(3);
    scope.stop();
  });

  it('stops polling when its page goes away', async () => {
    const fetchHealth = vi.fn(() => Promise.resolve(allUp));
    const { scope } = start(fetchHealth);
    await vi.advanceTimersByTimeAsync(0);
    scope.stop();

    await vi.advanceTimersByTimeAsync(HEALTH_POLL_INTERVAL_MS * 3);
    expect(fetchHealth).toHaveBeenCalledTimes(1);
  });
});
