/** Mount points shared by the API (which serves them) and the web app (which calls them). */
export const API_PREFIX = '/api/v1';
export const HEALTH_PATH = '/api/health';
/** Liveness: the process is up (a probe restarts it when this fails). */
export const HEALTH_LIVE_PATH = '/api/health/live';
/** Readiness: PostgreSQL, Redis and Meilisearch reachable (a load balancer sends requests only then). */
export const HEALTH_READY_PATH = '/api/health/ready';
export const OPENAPI_UI_PATH = '/api/docs';
export const OPENAPI_JSON_PATH = '/api/docs-json';
export const METRICS_PATH = '/metrics';
