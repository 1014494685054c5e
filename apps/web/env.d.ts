/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

/** YAML files become JSON modules through vite/yaml-plugin.ts. */
declare module '*.yaml' {
  const data: Record<string, unknown>;
  export default data;
}

interface ImportMetaEnv {
  /** Where the API lives when it is not served from the same origin (default: same origin). */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
