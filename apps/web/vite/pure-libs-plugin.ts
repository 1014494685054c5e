import type { Plugin } from 'vite';

const PURE_LIB_SOURCE = /\/libs\/(contracts|domain)\/src\/.+\.ts$/;

/**
 * `@mcf/contracts` declares zod schemas beside the constants and types the web app needs. Without help,
 * importing one constant (HEALTH_PATH) drags every schema and all of zod (~25 kB gzip) into the
 * initial chunk, because the bundler must assume `z.object(...)` calls and the libs' modules have side
 * effects. Both assumptions are false, so we tell it:
 * - the libs' sources are free of side effects (their package.json files do not say `"sideEffects": false`);
 * - calls rooted at `z` (zod's builder) are pure: an unused schema can be dropped. Only zod binds `z`
 *   in what we bundle, and a schema the app does use is kept as usual.
 * Remove once the libs declare `"sideEffects": false` and annotate their schemas.
 */
export function pureWorkspaceLibsPlugin(): Plugin {
  return {
    name: 'mcf:pure-workspace-libs',
    apply: 'build',
    config: () => ({
      build: { rolldownOptions: { treeshake: { manualPureFunctions: ['z'] } } },
    }),
    transform: {
      filter: { id: PURE_LIB_SOURCE },
      handler: () => ({ moduleSideEffects: false }),
    },
  };
}
