/** Mount points shared by the API (which serves them) and the web app (which calls them). */
export const API_PREFIX = '/api/v1';
export const HEALTH_PATH = '/api/health';
export const OPENAPI_UI_PATH = '/api/docs';
export const OPENAPI_JSON_PATH = '/api/docs-json';
export const METRICS_PATH = '/metrics';
