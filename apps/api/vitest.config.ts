import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// NestJS' dependency injection reads decorator metadata, which esbuild does not emit: compile with SWC.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});
