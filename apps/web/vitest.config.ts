import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { VUE_I18N_FLAGS, WORKSPACE_SOURCE_CONDITION, webPlugins } from './vite/plugins.ts';

export default defineConfig({
  plugins: webPlugins({ styles: false }),
  define: VUE_I18N_FLAGS,
  resolve: {
    conditions: [WORKSPACE_SOURCE_CONDITION, ...defaultClientConditions],
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
