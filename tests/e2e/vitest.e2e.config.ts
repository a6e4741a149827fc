import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests against real browsers: npx vitest run --config tests/e2e/vitest.e2e.config.ts
// E2E_BROWSERS=chromium (or firefox) limits the browsers.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    // Real browsers are slow to start; a failed test should not relaunch them.
    retry: 0,
  },
});
