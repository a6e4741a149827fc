import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and DOM tests (Node, happy-dom). Real-browser tests: tests/e2e/vitest.e2e.config.ts.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/dom/**/*.test.ts', 'tests/dom/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
