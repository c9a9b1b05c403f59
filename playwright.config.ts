/**
 * E2E tests drive the built app (dist/, served by `vite preview`) in the
 * system Chromium; Playwright never downloads a browser here.
 * `npm run test:e2e` runs scripts/ensure-chromium.js first.
 */
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.js';

/** E2E_PORT: another port when 4173 is taken (several worktrees on one machine); fixtures.ts reads it too. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1, // two cores shared with everything else on the machine
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath().path,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
