import path from 'node:path';
import { targetPath } from '../resolve.js';
import { apiPaths, eachImport, isInside, rootOf, rootOption } from './shared.js';

/**
 * apps/api/src/core is the platform every feature stands on: it may not know a feature. A file under
 * core/ importing a file of modules/ (or the app root that lists the modules: app.module, entities)
 * is reported, types included.
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'apps/api/src/core imports nothing from apps/api/src/modules or the app root' },
    schema: rootOption,
    messages: {
      coreImportsModule:
        'core/ must not import {{target}}: core knows no feature module. Move the shared piece into core or libs/contracts, or let the app root pass it in.',
    },
  },
  create(context) {
    const { src, core } = apiPaths(rootOf(context));
    const file = context.filename;
    if (!isInside(file, core)) return {};
    return eachImport((node, specifier) => {
      const target = targetPath(file, specifier);
      if (!target || !isInside(target, src) || isInside(target, core)) return;
      context.report({ node, messageId: 'coreImportsModule', data: { target: path.relative(src, target) } });
    });
  },
};
