// Lint: the layers and the few rules that keep "one rule in one place" true.
// entrypoints → components → utils; utils imports no UI; only the register
// service's HTTP client touches the network; only the stores (utils/settings/items.ts and the register, change and research-log stores) touch storage.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const UI = ['preact', 'preact/*', '@testing-library/*', '@/components/*', '@/entrypoints/*', '**/components/**', '**/entrypoints/**'];
const NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'Only the register sync talks to the network (utils/register/http.ts).',
}));
const STORAGE = [
  {
    selector: "MemberExpression[property.name='storage'][object.name=/^(browser|chrome)$/]",
    message: 'Only the stores touch browser.storage: use utils/settings or the register store.',
  },
  {
    selector: "CallExpression[callee.object.name='storage'][callee.property.name='defineItem']",
    message: 'Stored items are defined only in the stores: add a setting to utils/settings/items.ts.',
  },
];
// Pages change settings only through the settings service's operations (one owner per write).
const SETTING_WRITES = {
  selector: 'CallExpression[callee.property.name=/^(setValue|removeValue)$/]',
  message: 'Change a setting through its operation in utils/settings (setHostPaused, setLanguage, ...).',
};
const STORAGE_IMPORT = {
  name: 'wxt/utils/storage',
  message: 'Only the stores import wxt/utils/storage: use utils/settings or the register store.',
};
// The only files that touch storage: the settings service and the stores of the register, its changes and the research log.
const STORES = ['utils/settings/items.ts', 'utils/register/store.ts', 'utils/register/changes-store.ts', 'utils/research/store.ts'];

export default tseslint.config(
  {
    ignores: ['.output/**', '.output-test/**', '.output-cli/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'public/**', 'store/**'],
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { 'import-x': importX, '@typescript-eslint': tseslint.plugin },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['utils/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [STORAGE_IMPORT], patterns: [{ group: UI, message: 'utils/ holds logic only: no UI, no components, no entrypoints.' }] },
      ],
      'no-restricted-globals': ['error', ...NETWORK],
      'no-restricted-syntax': ['error', ...STORAGE],
    },
  },
  {
    files: STORES,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: UI, message: 'utils/ holds logic only: no UI, no components, no entrypoints.' }] },
      ],
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['utils/register/http.ts', 'utils/packaged.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [STORAGE_IMPORT],
          patterns: [{ group: ['@/entrypoints/*', '**/entrypoints/**'], message: 'components/ may not import entrypoints.' }],
        },
      ],
      'no-restricted-globals': ['error', ...NETWORK],
      'no-restricted-syntax': ['error', ...STORAGE, SETTING_WRITES],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [STORAGE_IMPORT] }],
      'no-restricted-globals': ['error', ...NETWORK],
      'no-restricted-syntax': ['error', ...STORAGE, SETTING_WRITES],
    },
  },
);
