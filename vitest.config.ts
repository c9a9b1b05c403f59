import { defineConfig } from 'vitest/config';

// Unit and property tests for the pure core (src/model, src/sync) run in Node.
// Browser behaviour is covered by Playwright specs in test/e2e.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
