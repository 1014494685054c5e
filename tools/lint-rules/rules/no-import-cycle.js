import path from 'node:path';
import { resolveRelative, runtimeImportsOf } from '../resolve.js';
import { eachImport, isTypeOnly, rootOf, rootOption } from './shared.js';

/** The chain of files from `start` back to `goal` over run-time relative imports, or null. */
function pathBack(start, goal) {
  const seen = new Set([start]);
  const stack = [[start, [start]]];
  while (stack.length > 0) {
    const [file, trail] = stack.pop();
    for (const next of runtimeImportsOf(file)) {
      if (next === goal) return trail;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push([next, [...trail, next]]);
    }
  }
  return null;
}

/**
 * No import cycles: a file importing (at run time, over relative specifiers) a file that leads back to
 * it. Cycles make the load order decide what is `undefined` (Nest injection tokens, Pinia stores) and
 * tie the files into one piece. Type-only imports are erased and ignored.
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'no import cycle over relative run-time imports' },
    schema: rootOption,
    messages: { cycle: 'Import cycle: {{chain}}. Break it: move the shared piece into its own file, or pass it in.' },
  },
  create(context) {
    const root = rootOf(context);
    const file = context.filename;
    return eachImport((node, specifier) => {
      // A dynamic import is lazy: it is how a cycle is broken, not made.
      if (node.type === 'ImportExpression' || isTypeOnly(node)) return;
      const target = resolveRelative(file, specifier);
      if (!target) return;
      const trail = target === file ? [target] : pathBack(target, file);
      if (!trail) return;
      const chain = [file, ...trail, file].map((f) => path.relative(root, f)).join(' → ');
      context.report({ node, messageId: 'cycle', data: { chain } });
    });
  },
};
