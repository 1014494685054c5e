export * from './problem/problem-details.js';
export * from './health/health-report.js';
export * from './session/viewer.js';
export * from './system/system-info.js';
export * from './api-paths.js';
export * from './reference/reference-data.js';
