// One flat config for the whole workspace. Nx's module-boundary rule keeps the dependency direction:
// apps depend on libs, never the reverse, and no app imports another app.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './tools/lint-rules/index.js';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', '**/.data/**', '**/coverage/**', 'test/artifacts/**', 'tools/lint-rules/test/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.vue'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:node-lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:node-lib', onlyDependOnLibsWithTags: ['type:lib', 'type:node-lib'] },
            { sourceTag: 'scope:web', notDependOnLibsWithTags: ['type:node-lib', 'scope:api'] },
            { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:lib', 'type:node-lib', 'type:app'] },
          ],
        },
      ],
    },
  },
  {
    // Nest's dependency injection reads constructor parameter types from decorator metadata, so the
    // classes it injects must stay value imports: `import type` would erase them.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Sealed feature modules (tools/lint-rules): core knows no module, a module reaches another only
    // through its exported services, and nothing in apps/ or libs/ imports itself round a cycle.
    plugins: { boundaries },
  },
  {
    files: ['apps/api/src/core/**/*.ts'],
    rules: { 'boundaries/core-imports-no-module': 'error' },
  },
  {
    files: ['apps/api/src/modules/**/*.ts'],
    rules: { 'boundaries/no-foreign-module-internals': 'error' },
  },
  {
    files: ['apps/**/*.{ts,vue}', 'libs/**/*.ts'],
    rules: { 'boundaries/no-import-cycle': 'error' },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    rules: { 'boundaries/no-module-ref-lookup': 'error' },
  },
  {
    files: ['apps/web/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Pure domain code: no framework may leak in.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'vue', 'pinia', 'element-plus', 'bullmq', 'meilisearch', 'node:*'], message: 'libs/domain holds pure domain code: no framework or I/O imports.' },
          ],
        },
      ],
    },
  },
  prettier,
);
