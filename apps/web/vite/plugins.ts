import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import type { PluginOption } from 'vite';
import { pureWorkspaceLibsPlugin } from './pure-libs-plugin.ts';
import { yamlPlugin } from './yaml-plugin.ts';

/** The plugins the app is built and tested with; tests skip Element Plus styles (jsdom has no CSS). */
export function webPlugins(options: { styles: boolean }): PluginOption[] {
  return [
    vue(),
    yamlPlugin(),
    pureWorkspaceLibsPlugin(),
    Components({
      // Our own components are imported explicitly; only Element Plus is resolved on demand.
      dirs: [],
      dts: fileURLToPath(new URL('../src/components.d.ts', import.meta.url)),
      resolvers: [ElementPlusResolver({ importStyle: options.styles ? 'css' : false })],
    }),
  ];
}

/** Conditions that resolve `@mcf/*` workspace packages to their TypeScript sources: no lib build needed. */
export const WORKSPACE_SOURCE_CONDITION = 'source';

/** Compile-time flags of vue-i18n: Composition API only, no devtools hooks in production. */
export const VUE_I18N_FLAGS = {
  __VUE_I18N_FULL_INSTALL__: 'false',
  __VUE_I18N_LEGACY_API__: 'false',
  __INTLIFY_PROD_DEVTOOLS__: 'false',
  __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
};
