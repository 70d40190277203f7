import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    pool: 'threads',
    reporters: ['default', './test/count-reporter.mjs'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
