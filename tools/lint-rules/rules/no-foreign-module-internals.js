import path from 'node:path';
import { targetPath } from '../resolve.js';
import { apiPaths, eachImport, isInside, rootOf, rootOption } from './shared.js';

/** A module's own storage: its repositories and its entities. */
export function isInternal(pathInModule) {
  const posix = pathInModule.split(path.sep).join('/');
  return /(^|\/)entities\//.test(posix) || /\.repository(\.(ts|js))?$/.test(posix) || /\.entity(\.(ts|js))?$/.test(posix);
}

/**
 * Feature modules are sealed: one module reaches another through the services that module exports,
 * never through its repositories (`*.repository.ts`) or entities (`entities/`, `*.entity.ts`); those
 * are the owner's tables. Type-only imports count too: an entity type is the owner's schema.
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: "a module does not import another module's repositories or entities" },
    schema: rootOption,
    messages: {
      foreignInternal:
        "modules/{{from}} must not import {{target}}: a module's repositories and entities are its own. Use a service (or a view type) that modules/{{owner}} exports.",
    },
  },
  create(context) {
    const { modules } = apiPaths(rootOf(context));
    const file = context.filename;
    if (!isInside(file, modules)) return {};
    const from = path.relative(modules, file).split(path.sep)[0];
    return eachImport((node, specifier) => {
      const target = targetPath(file, specifier);
      if (!target || !isInside(target, modules)) return;
      const [owner, ...rest] = path.relative(modules, target).split(path.sep);
      if (owner === from || !isInternal(rest.join('/'))) return;
      context.report({ node, messageId: 'foreignInternal', data: { from, owner, target: path.relative(modules, target) } });
    });
  },
};
