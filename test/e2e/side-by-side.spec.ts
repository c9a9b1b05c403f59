/**
 * `npm start` and the e2e suite side by side on one machine: global-setup.ts started scripts/start.js on its
 * default port with the production build while this suite serves its test build on a port of its own. Both
 * answer at once; the production app works without the test hooks, and both send the hosting headers.
 */
import { test, expect } from '@playwright/test';
import { HOSTING_HEADERS } from '../../scripts/hosting-headers.js';

const START_URL = process.env.E2E_SIDE_BY_SIDE_URL;

test('npm start serves the production build beside the suite', async ({ browser, baseURL }) => {
  test.skip(!START_URL, process.env.E2E_SIDE_BY_SIDE_SKIP ?? 'global-setup did not run');
  expect(new URL(baseURL!).port).not.toBe(new URL(START_URL!).port);

  const errors: string[] = [];
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const response = await page.goto(START_URL!);
  for (const [name, value] of Object.entries(HOSTING_HEADERS))
    expect(response!.headers()[name.toLowerCase()]).toBe(value);
  await expect(page.getByTestId('namespace-node').first()).toBeVisible();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/);
  // A production build: no test hooks on the page.
  expect(await page.evaluate(() => ['__netpolStudio', '__netpolStudioState'].filter((k) => k in window))).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();

  // Meanwhile the suite's own server (the test build) answers too, with the same headers and its hooks.
  const own = await browser.newPage();
  const ownResponse = await own.goto(baseURL!);
  expect(ownResponse!.headers()['content-security-policy']).toBe(HOSTING_HEADERS['Content-Security-Policy']);
  await own.waitForFunction(() => Boolean(window.__netpolStudio && window.__netpolStudioState));
  await own.close();
});
