import path from 'node:path';
import { WORKSPACE_ROOT } from '../resolve.js';

/** The root the rule judges paths against: the `root` option (rule tests) or the workspace. */
export function rootOf(context) {
  return context.options[0]?.root ?? WORKSPACE_ROOT;
}

export function apiPaths(root) {
  const src = path.join(root, 'apps', 'api', 'src');
  return { src, core: path.join(src, 'core'), modules: path.join(src, 'modules') };
}

/** Whether `file` lies inside `dir`. */
export function isInside(file, dir) {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Whether an import or re-export only moves types (erased at run time). */
export function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/** Calls `check(node, specifier)` for every static import, re-export and literal dynamic import. */
export function eachImport(check) {
  const onSource = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node, node.source.value);
  };
  return {
    ImportDeclaration: onSource,
    ExportNamedDeclaration: onSource,
    ExportAllDeclaration: onSource,
    ImportExpression: onSource,
  };
}

export const rootOption = [
  { type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false },
];
