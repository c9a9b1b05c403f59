/**
 * E2E tests drive the test build of the app (dist-test/: `npm run build:test`, the production bundle plus the
 * window hooks the specs read) served by `npm start`'s own server code (scripts/start.js, with the hosting
 * headers) in the system Chromium; Playwright never downloads a browser here.
 * `npm run test:e2e` builds dist-test/ and runs scripts/ensure-chromium.js first.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-path.js';
import { freePortSync } from './scripts/free-port.js';

// A free port of its own unless E2E_PORT names one, so the suite never meets `npm start` (4173) or another
// checkout's suite. Kept in the environment: each worker loads this file again and must agree on the port.
process.env.E2E_PORT ||= String(freePortSync());
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1, // two cores shared with everything else on the machine
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Starts `npm start`'s server on its default port beside the suite (side-by-side.spec.ts), stops it after.
  globalSetup: './test/e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    // The specs read the UI's English text: the browser says it prefers English (i18n.spec.ts tries Japanese).
    locale: 'en-US',
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath().path,
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/start.js --dir dist-test`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}`,
    // Never another process's server: whatever answers on a port we did not start may be another checkout's
    // build (or a production build without the hooks). start.js fails clearly when the port is taken.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
