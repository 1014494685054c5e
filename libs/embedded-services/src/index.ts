export * from './service-log.js';
export * from './free-port.util.js';
export * from './embedded-postgres.launcher.js';
export * from './embedded-meilisearch.launcher.js';
export * from './redis.locator.js';
