import { defineConfig } from 'vitest/config';

// Unit and property tests for the pure core (src/model, src/sync) run in Node.
// Browser behaviour is covered by Playwright specs in test/e2e.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Property tests over generated workspaces take 10–30 s on a busy 2-core machine.
    testTimeout: 90_000,
  },
});
