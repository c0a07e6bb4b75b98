import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.cache/', 'server/platform/db/ferretdb/'] },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    // shared/ is a leaf: both sides import it, it imports neither.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**', '**/client/**', 'node:*', 'mongoose', 'express'], message: 'shared/ imports nothing from server/, client/ or Node-only packages.' }] }],
    },
  },
  {
    files: ['client/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**'], message: 'client/ never imports server/.' }] }],
    },
  },
  {
    // Module boundaries (docs/decisions/module-boundaries.md): a module's public surface is its index.ts. Outside a
    // module, import `modules/<domain>` (the index), never one of its files; the platform imports no module at all.
    // Tests, benches and the seed generator are exempt: they test and measure a module's parts from outside.
    // Module-level cycles are caught by test/unit/module-graph.test.ts, which a lint rule cannot see.
    files: ['server/**/*.ts'],
    ignores: ['server/modules/**', 'server/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)modules/[\\w-]+/', message: 'Import another module through its index: modules/<domain>, not a file inside it.' }] }],
    },
  },
  {
    files: ['server/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^\\.\\./(?!\\.\\.)[\\w-]+/', message: 'Import another module through its index (../<domain>), not a file inside it; add what you need to its index.ts.' },
        { regex: 'platform/search/(embedded|meili)/', message: 'Modules use the search port (platform/search), never one engine.' },
      ] }],
    },
  },
  {
    files: ['server/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)modules(/|$)', message: 'The platform sits below the modules and imports none of them.' }] }],
    },
  },
  {
    // Only the config module reads the environment.
    files: ['server/**/*.ts'],
    ignores: ['server/config.ts', 'server/cli/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration from server/config.ts.' }],
      'no-console': 'error',
    },
  },
);
