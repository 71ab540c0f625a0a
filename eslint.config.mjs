import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The core's layers, lowest first: a folder may import the folders before it, never those after
 * it, and `form/` and `check/` never import each other (nor `assemble/` the form).
 */
const CORE_FOLDERS = {
  catalogue: [],
  markdown: ['catalogue'],
  files: ['catalogue', 'markdown'],
  rules: ['catalogue', 'markdown', 'files'],
  config: ['catalogue', 'markdown', 'files', 'rules'],
  check: ['catalogue', 'markdown', 'files', 'rules'],
  form: ['catalogue', 'markdown', 'files'],
  assemble: ['catalogue', 'markdown', 'files', 'rules', 'check'],
};
/** Outside `rules/`, only the rule list (and the rule types) may be imported: never one rule's module. */
const ONE_RULE_MODULE = { group: ['../rules/*', '!../rules/index', '!../rules/rule'], message: "Import rules through the rule list ('../rules')." };
const NO_PLATFORM = { paths: [{ name: 'vscode', message: 'The core must not depend on VS Code.' }], patterns: ['node:*', 'fs', 'path'] };

function coreFolderRules(folder, allowed) {
  const forbidden = Object.keys(CORE_FOLDERS).filter((other) => other !== folder && !allowed.includes(other));
  return {
    files: [`src/core/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_PLATFORM.paths,
          patterns: [
            ...NO_PLATFORM.patterns.map((pattern) => ({ group: [pattern], message: 'The core runs in a browser too: no Node modules.' })),
            { group: forbidden.map((other) => `../${other}/*`), message: `src/core/${folder} may import only ${allowed.join(', ') || 'nothing else of the core'} (see eslint.config.mjs).` },
            ...(allowed.includes('rules') ? [ONE_RULE_MODULE] : []),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test/vscode-host/**', 'test/web-host/**', '.test-runs/**', 'bench/.work/**', 'examples/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    files: ['src/core/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: NO_PLATFORM.paths, patterns: [{ group: NO_PLATFORM.patterns, message: 'The core runs in a browser too: no Node modules.' }, { group: ['./rules/*', '!./rules/index', '!./rules/rule'], message: "Import rules through the rule list ('./rules')." }] }] },
  },
  ...Object.entries(CORE_FOLDERS).map(([folder, allowed]) => coreFolderRules(folder, allowed)),
  {
    // Adapters see the core through its public index only (its plain types may be imported alone, for small webview bundles).
    files: ['src/extension/**/*.ts', 'src/cli/**/*.ts', 'src/protocol/**/*.ts', 'webview/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/*', '!**/core/types', '!**/core/index'], message: "Import the core from its public index ('../core')." }] }] },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', fetch: 'readonly' } },
  },
);
