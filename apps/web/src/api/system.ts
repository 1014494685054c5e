import { API_PREFIX, HEALTH_PATH, type HealthReport, type SystemInfo } from '@mcf/contracts';
import { http } from './http';

/**
 * `GET /api/health`. The API answers 503 with the same report when a service is down, so a 503 is
 * data here, not an error. Short timeout: the health page polls and must notice a hung API quickly.
 */
export function getHealth(signal?: AbortSignal): Promise<HealthReport> {
  return http.get<HealthReport>(HEALTH_PATH, { acceptStatuses: [503], signal, timeoutMs: 4_000 });
}

/** `GET /api/v1/system/info`: name, version, role and start time of the running API. */
export function getSystemInfo(signal?: AbortSignal): Promise<SystemInfo> {
  return http.get<SystemInfo>(`${API_PREFIX}/system/info`, { signal });
}
