import { defaultClientConditions, defineConfig } from 'vite';
import { VUE_I18N_FLAGS, WORKSPACE_SOURCE_CONDITION, webPlugins } from './vite/plugins.ts';

const apiTarget = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3000';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/metrics': { target: apiTarget, changeOrigin: false },
};

export default defineConfig({
  base: '/',
  plugins: webPlugins({ styles: true }),
  define: VUE_I18N_FLAGS,
  resolve: {
    conditions: [WORKSPACE_SOURCE_CONDITION, ...defaultClientConditions],
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        // The framework every page needs goes into one long-cached chunk; Element Plus stays split per
        // component so pages only load what they render.
        codeSplitting: {
          groups: [
            {
              name: 'vue-vendor',
              test: /[\\/]node_modules[\\/](vue|@vue|vue-router|pinia|vue-i18n|@intlify)[\\/]|plugin-vue:export-helper/,
            },
          ],
        },
      },
    },
  },
});
