/**
 * Shared e2e fixture: every test fails on a console error, an uncaught page
 * error, or a request to anything but the preview server (DESIGN.md: no
 * request leaves the page).
 */
import { test as base, expect, type Page } from '@playwright/test';

/** The preview server (playwright.config.ts; E2E_PORT overrides the port). */
export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const watch: Watch = { consoleErrors: [], foreignRequests: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => watch.consoleErrors.push(`pageerror: ${err.message}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== ORIGIN)
        watch.foreignRequests.push(req.url());
    });
    await use(watch);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  },
});

export { expect };

/** Opens the app and waits until graph and editor are both up. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  // The first load (IndexedDB, the ELK worker, Monaco) takes over 15 s when the machine is busy.
  await expect(page.getByTestId('namespace-node').first()).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => Boolean(window.__netpolStudio));
}

/** Puts the cursor at the end of the first line containing `text`, focused. */
export async function cursorAfter(page: Page, text: string): Promise<number> {
  const line = await page.evaluate((needle) => {
    const hook = window.__netpolStudio!;
    const model = hook.editor.getModel()!;
    const match = model.findMatches(needle, false, false, true, null, false)[0];
    if (!match) throw new Error(`not in editor: ${needle}`);
    const lineNumber = match.range.startLineNumber;
    hook.editor.setPosition({ lineNumber, column: model.getLineMaxColumn(lineNumber) });
    hook.editor.revealLineInCenter(lineNumber);
    hook.editor.focus();
    return lineNumber;
  }, text);
  return line;
}
