// Bundles the scale benchmarks' TypeScript (bench/ and support/) into one ES module for Node 20, which
// runs no TypeScript; every package stays an import resolved from node_modules at run time (the @mcf
// libraries from their built dist, which `nx build @mcf/api` makes first).
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: { 'matching-scale': 'bench/matching-scale.ts', scale: 'bench/scale.ts', 'talent-matching': 'bench/talent-matching.ts', load: 'bench/load.ts' },
  platform: 'node',
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  output: { dir: 'dist', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', format: 'esm' },
});
