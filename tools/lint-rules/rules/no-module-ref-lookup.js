/**
 * A provider gets what it uses through its constructor, so that Nest checks the module graph at start and
 * a reader sees every dependency. Looking providers up at run time (`moduleRef.get(X, { strict: false })`)
 * hides a dependency from both, and was only ever needed to work around modules built per process role.
 * Reported: importing `ModuleRef` from @nestjs/core, and calling get/resolve/create on a `moduleRef`.
 */
const LOOKUPS = new Set(['get', 'resolve', 'create']);

function isModuleRef(node) {
  if (node.type === 'Identifier') return node.name === 'moduleRef';
  return node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'moduleRef';
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'no run-time look-up of providers through ModuleRef: inject them' },
    schema: [],
    messages: {
      moduleRefImport: 'Do not use ModuleRef: inject the provider (import its module), or let an event decouple the two.',
      moduleRefLookup: 'Do not look providers up with moduleRef.{{method}}(): inject them (import their module).',
    },
  },
  create(context) {
    return {
      ImportDeclaration(node) {
        if (node.source.value !== '@nestjs/core') return;
        for (const specifier of node.specifiers)
          if (specifier.type === 'ImportSpecifier' && specifier.imported.name === 'ModuleRef')
            context.report({ node: specifier, messageId: 'moduleRefImport' });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        if (LOOKUPS.has(callee.property.name) && isModuleRef(callee.object))
          context.report({ node, messageId: 'moduleRefLookup', data: { method: callee.property.name } });
      },
    };
  },
};
