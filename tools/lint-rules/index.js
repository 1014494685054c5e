// The workspace's own lint rules: the boundaries of the API's feature modules, no import cycles and no
// run-time provider look-ups.
// Wired in eslint.config.js as the `boundaries` plugin; proved by test/rules.spec.js.
import coreImportsNoModule from './rules/core-imports-no-module.js';
import noForeignModuleInternals from './rules/no-foreign-module-internals.js';
import noImportCycle from './rules/no-import-cycle.js';
import noModuleRefLookup from './rules/no-module-ref-lookup.js';

export default {
  meta: { name: 'boundaries', version: '1.0.0' },
  rules: {
    'core-imports-no-module': coreImportsNoModule,
    'no-foreign-module-internals': noForeignModuleInternals,
    'no-import-cycle': noImportCycle,
    'no-module-ref-lookup': noModuleRefLookup,
  },
};
