import { parse } from 'yaml';
import type { Plugin } from 'vite';

const YAML_FILE = /\.ya?ml$/;

/**
 * Turns `import messages from './x.yaml'` into a JSON module. We keep our own because
 * @intlify/unplugin-vue-i18n needs Node 22 and we only need plain data, not precompiled messages.
 */
export function yamlPlugin(): Plugin {
  return {
    name: 'mcf:yaml',
    transform: {
      filter: { id: YAML_FILE },
      handler(source, id) {
        let data: unknown;
        try {
          data = parse(source);
        } catch (cause) {
          this.error(`Cannot parse ${id}: ${(cause as Error).message}`);
        }
        return { code: `export default ${JSON.stringify(data ?? {})};\n`, map: null, moduleType: 'js' };
      },
    },
  };
}
