// Bundles the CLI into one file so `headway log …` starts fast: resolving hundreds of
// small modules cost more than the work itself, and minified code parses faster (p50
// 309 → ~255 ms, docs/PERFORMANCE.md). Native and server-only packages stay external
// and load from node_modules when needed.
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: 'dist/cli/main.js',
  platform: 'node',
  external: [/^node:/, 'better-sqlite3', 'pg', /^fastify/, /^@fastify\//, /^pino/],
  output: { dir: 'dist/cli-bundle', format: 'esm', entryFileNames: 'headway.mjs', chunkFileNames: '[name]-[hash].mjs', minify: true },
  logLevel: 'warn',
});
