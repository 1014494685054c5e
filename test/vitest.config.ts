import { defineConfig } from 'vitest/config';

// Integration and browser tests talk to real PostgreSQL, Redis and Meilisearch; the global setup gives
// each run its own database, index prefix and queue prefix and removes them afterwards.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'integration', include: ['integration/**/*.integration-spec.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['e2e/**/*.e2e-spec.ts'] } },
      // Not part of `npm test`: `npm run bench:matching` runs it and prints its figures.
      { extends: true, test: { name: 'bench', include: ['bench/**/*.bench-spec.ts'] } },
    ],
  },
});
