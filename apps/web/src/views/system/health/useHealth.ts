import {
  type HealthReport,
  MONITORED_SERVICES,
  type MonitoredService,
  type SystemInfo,
  WORKERS_CHECK,
} from '@mcf/contracts';
import { onScopeDispose, readonly, shallowRef } from 'vue';
import { getHealth, getSystemInfo } from '../../../api/system';

export const HEALTH_POLL_INTERVAL_MS = 5_000;

/** `data-status` of the overall element, as the browser journeys read it. */
export type OverallHealth = 'loading' | 'ok' | 'error' | 'unreachable';

export interface ServiceHealthView {
  service: MonitoredService | typeof WORKERS_CHECK;
  status: 'up' | 'down';
  message?: string;
}

export interface HealthView {
  overall: OverallHealth;
  /** The API said `shutting_down`: shown as an error with its own wording. */
  shuttingDown: boolean;
  /** One entry per monitored service while the API answers; empty while loading or unreachable. */
  services: ServiceHealthView[];
  checkedAt: Date | null;
  /** Why the last check failed, for the unreachable state. */
  failure: string | null;
}

export const INITIAL_HEALTH_VIEW: HealthView = {
  overall: 'loading',
  shuttingDown: false,
  services: [],
  checkedAt: null,
  failure: null,
};

/**
 * Maps the API's report (200 or 503 alike) to what the page shows. A service missing from it counts as
 * down; the job workers are shown when the API reports them (ROLE=all).
 */
export function toHealthView(report: HealthReport, checkedAt: Date): HealthView {
  const shown =
    report.details[WORKERS_CHECK] || report.error?.[WORKERS_CHECK]
      ? [...MONITORED_SERVICES, WORKERS_CHECK]
      : MONITORED_SERVICES;
  const services = shown.map((service): ServiceHealthView => {
    const health = report.details[service] ?? report.error?.[service];
    const view: ServiceHealthView = { service, status: health?.status === 'up' ? 'up' : 'down' };
    // The API's diagnostics explain a failure; an up service needs none (the page shows them as errors).
    if (health?.message && view.status === 'down') view.message = health.message;
    return view;
  });
  return {
    overall: report.status === 'ok' ? 'ok' : 'error',
    shuttingDown: report.status === 'shutting_down',
    services,
    checkedAt,
    failure: null,
  };
}

/** Any failure to obtain a report (no answer, a proxy error page, a 500) means the API cannot be relied on. */
export function toUnreachableView(error: unknown, checkedAt: Date): HealthView {
  return {
    overall: 'unreachable',
    shuttingDown: false,
    services: [],
    checkedAt,
    failure: error instanceof Error ? error.message : String(error),
  };
}

export interface UseHealthOptions {
  fetchHealth?: (signal: AbortSignal) => Promise<HealthReport>;
  fetchSystemInfo?: (signal: AbortSignal) => Promise<SystemInfo>;
  intervalMs?: number;
  now?: () => Date;
}

export type SystemInfoState =
  { state: 'loading' } | { state: 'loaded'; info: SystemInfo } | { state: 'unavailable' };

/**
 * Polls the health check every 5 s (the next check starts when the previous one has finished, so a slow
 * API never piles up requests) and loads the system info, retrying it once the API answers again.
 * Stops when the calling component (or effect scope) goes away.
 */
export function useHealth(options: UseHealthOptions = {}) {
  const {
    fetchHealth = getHealth,
    fetchSystemInfo = getSystemInfo,
    intervalMs = HEALTH_POLL_INTERVAL_MS,
    now = () => new Date(),
  } = options;

  const view = shallowRef<HealthView>(INITIAL_HEALTH_VIEW);
  const systemInfo = shallowRef<SystemInfoState>({ state: 'loading' });

  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;

  async function loadSystemInfo(): Promise<void> {
    try {
      systemInfo.value = { state: 'loaded', info: await fetchSystemInfo(controller.signal) };
    } catch {
      if (!controller.signal.aborted) systemInfo.value = { state: 'unavailable' };
    }
  }

  async function runCheck(): Promise<void> {
    try {
      const report = await fetchHealth(controller.signal);
      if (controller.signal.aborted) return;
      view.value = toHealthView(report, now());
      if (systemInfo.value.state !== 'loaded') await loadSystemInfo();
    } catch (error) {
      if (controller.signal.aborted) return;
      view.value = toUnreachableView(error, now());
      if (systemInfo.value.state === 'loading') systemInfo.value = { state: 'unavailable' };
    }
  }

  /** Checks now (unless a check is already running) and restarts the 5 s countdown afterwards. */
  function refresh(): Promise<void> {
    if (inFlight) return inFlight;
    clearTimeout(timer);
    inFlight = runCheck().finally(() => {
      inFlight = null;
      if (!controller.signal.aborted) timer = setTimeout(() => void refresh(), intervalMs);
    });
    return inFlight;
  }

  function stop(): void {
    controller.abort();
    clearTimeout(timer);
  }

  onScopeDispose(stop);
  void refresh();

  return { view: readonly(view), systemInfo: readonly(systemInfo), refresh, stop };
}
