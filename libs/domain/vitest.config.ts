import { defineConfig } from 'vitest/config';

// Specs sit beside the code under src; dist holds compiled output and is never searched for tests.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});
