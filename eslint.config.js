// Lint: strict TypeScript habits (STYLE.md §8) and the dependency rule (docs/ARCHITECTURE.md):
// core <- contracts <- app <- {server, cli}; store implements the port; web -> contracts, core.
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/results/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  layer(['src/core/**'], ['**/contracts/**', '**/store/**', '**/app/**', '**/server/**', '**/cli/**', '**/web/**', 'node:*', 'kysely', 'fastify', 'zod'], 'core/ is pure: no I/O and no outer layer.'),
  layer(['src/contracts/**'], ['**/store/**', '**/app/**', '**/server/**', '**/cli/**', '**/web/**', 'node:*'], 'contracts/ depends on core/ only.'),
  layer(['src/store/**'], ['**/app/**', '**/server/**', '**/cli/**', '**/web/**', '**/contracts/**'], 'store/ implements the port; it knows core/ only.'),
  layer(['src/app/**'], ['**/server/**', '**/cli/**', '**/web/**', '**/store/sqlite*', '**/store/postgres*', '**/store/repo*', 'fastify', 'commander'], 'app/ depends on core, contracts and the store port only.'),
  layer(['src/server/**'], ['**/cli/**', '**/web/**'], 'server/ does not reach into the CLI or the web app.'),
  layer(['web/**'], ['**/store/**', '**/app/**', '**/server/**', '**/cli/**', 'node:*'], 'web/ talks to the server through contracts/ only.'),
);
