/**
 * Issue 12, "nothing lost, nothing injected": tabs sharing workspaces, a save
 * that survives the browser being killed, and a full storage that warns and
 * hands the unsaved text out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.js';
import { test, expect, ORIGIN } from './fixtures.ts';
import { editorText, waitSaved, workspaceNames } from './io-helpers.ts';

// Two pages, or two browser starts, per test: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 180_000 });

/**
 * Opens the app (at `url`) and waits for graph and editor. Generous timeouts: on a loaded
 * machine Monaco alone can take 15 s to start, and these tests open up to two pages at once.
 */
async function openApp(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => Boolean(window.__netpolStudio), null, { timeout: 60_000 });
  await expect(page.getByTestId('namespace-node').first()).toBeVisible({ timeout: 60_000 });
}

/** Appends a line at the end of the editor, as typing would. */
async function typeAtEnd(page: Page, line: string): Promise<void> {
  await page.evaluate(() => {
    const { editor } = window.__netpolStudio!;
    const model = editor.getModel()!;
    const last = model.getLineCount();
    editor.setPosition({ lineNumber: last, column: model.getLineMaxColumn(last) });
    editor.focus();
  });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(line);
}

/** The texts of every workspace in the page's IndexedDB, read directly (not through the app). */
function storedTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('netpol-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('kv', 'readonly').objectStore('kv');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            const texts = keys.result
              .map((k, i) => [String(k), values.result[i]] as const)
              .filter(([k]) => k.startsWith('ws:'))
              .map(([, v]) => (typeof v === 'string' ? (JSON.parse(v) as { text: string }) : v).text as string);
            open.result.close();
            resolve(texts);
          };
        };
      }),
  );
}

/** A tab that misses every message from the other tabs (as a frozen or sleeping tab would). */
async function deafToOtherTabs(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Real = BroadcastChannel;
    class Deaf {
      private readonly real: BroadcastChannel;
      onmessage: unknown = null;
      constructor(name: string) {
        this.real = new Real(name);
      }
      postMessage(message: unknown) {
        this.real.postMessage(message);
      }
      close() {
        this.real.close();
      }
    }
    (window as unknown as { BroadcastChannel: unknown }).BroadcastChannel = Deaf;
  });
}

test('two tabs: a save in one shows in the other, whose later save keeps it; the list is live in both', async ({
  page,
  context,
  watch: _watch,
}) => {
  await openApp(page);
  await waitSaved(page);
  const other = await context.newPage();
  await openApp(other);

  await typeAtEnd(page, '# typed in tab A');
  await waitSaved(page);
  await expect.poll(() => editorText(other)).toContain('# typed in tab A');

  await other.getByTestId('tidy-layout').click();
  await waitSaved(other);
  await expect.poll(() => storedTexts(page)).toEqual([expect.stringContaining('# typed in tab A')]);

  // A workspace created in one tab is listed in the other without a reload.
  await other.getByTestId('workspace-menu').click();
  await other.getByTestId('menuitem-ws-new').click();
  await other.getByTestId('name-input').fill('Made in tab B');
  await other.keyboard.press('Enter');
  await expect(other.getByTestId('workspace-name')).toHaveText('Made in tab B');
  await expect.poll(() => workspaceNames(page)).toEqual(['Example workspace', 'Made in tab B']);
  await expect(page.getByTestId('workspace-name')).toHaveText('Example workspace');
  await other.close();
});

test("a tab that missed the other tab's save cannot save over it: it is told and keeps its edits as a copy", async ({
  page,
  context,
  watch: _watch,
}) => {
  await openApp(page);
  await waitSaved(page);
  const late = await context.newPage();
  await deafToOtherTabs(late);
  await openApp(late);

  await typeAtEnd(page, '# typed in tab A');
  await waitSaved(page);
  // Tab B never heard of it and only moves a card (a layout change, saved with its stale text): its save is
  // refused, not written over A's line. (Tidy layout, the first report, now gives the stored layout
  // back and so saves nothing at all.)
  const card = (await late.locator('[data-testid="entity-node"]').first().boundingBox())!;
  await late.mouse.move(card.x + 30, card.y + 12);
  await late.mouse.down();
  await late.mouse.move(card.x + 90, card.y + 72, { steps: 8 });
  await late.mouse.up();
  const notice = late.getByTestId('notice-error');
  await expect(notice).toContainText('was saved in another tab');
  await expect(late.getByTestId('save-state')).toHaveText('Not saved');
  await expect(notice.getByTestId('notice-action-reload-theirs')).toBeVisible();
  await expect(notice.getByTestId('notice-action-keep-mine')).toBeVisible();
  expect(await storedTexts(page)).toEqual([expect.stringContaining('# typed in tab A')]);

  // B types too, then keeps its version as a new workspace: both versions are stored.
  await typeAtEnd(late, '# typed in tab B');
  expect(await storedTexts(page)).toEqual([expect.stringContaining('# typed in tab A')]);
  await notice.getByTestId('notice-action-keep-mine').click();
  await expect(late.getByTestId('workspace-name')).toHaveText('Example workspace (my copy)');
  await waitSaved(late);
  const texts = await storedTexts(page);
  expect(texts).toHaveLength(2);
  expect(texts.find((t) => t.includes('# typed in tab A'))).not.toContain('# typed in tab B');
  expect(texts.find((t) => t.includes('# typed in tab B'))).not.toContain('# typed in tab A');
  await late.close();
});

test('"Reload theirs" replaces the stale edits with the other tab\'s save', async ({
  page,
  context,
  watch: _watch,
}) => {
  await openApp(page);
  await waitSaved(page);
  const late = await context.newPage();
  await deafToOtherTabs(late);
  await openApp(late);
  await typeAtEnd(page, '# typed in tab A');
  await waitSaved(page);
  await typeAtEnd(late, '# typed in tab B');
  const notice = late.getByTestId('notice-error');
  await notice.getByTestId('notice-action-reload-theirs').click();
  await expect.poll(() => editorText(late)).toContain('# typed in tab A');
  expect(await editorText(late)).not.toContain('# typed in tab B');
  await expect(notice).toBeHidden();
  await expect(late.getByTestId('save-state')).toHaveText('Saved');
  // From there on it saves normally, on top of A's line.
  await typeAtEnd(late, '# and then B');
  await waitSaved(late);
  const [stored] = await storedTexts(page);
  expect(stored).toContain('# typed in tab A');
  expect(stored).toContain('# and then B');
  await late.close();
});

test('a full storage: the warning, a beforeunload guard and the unsaved text as a download', async ({
  page,
  watch: _watch,
}) => {
  await page.addInitScript(() => {
    const full = () => (window as { __storageFull?: boolean }).__storageFull;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openApp(page);
  await waitSaved(page);
  const beforeUnloadArmed = () =>
    page.evaluate(() => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    });
  expect(await beforeUnloadArmed()).toBe(false);

  await page.evaluate(() => ((window as { __storageFull?: boolean }).__storageFull = true));
  await typeAtEnd(page, '# cannot be stored');
  const notice = page.getByTestId('notice-error');
  await expect(notice).toContainText("the browser's storage for this site is full");
  await expect(page.getByTestId('save-state')).toHaveText('Not saved');
  expect(await beforeUnloadArmed()).toBe(true);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByTestId('notice-action-download-unsaved').click(),
  ]);
  expect(download.suggestedFilename()).toBe('example-workspace-unsaved.yaml');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toBe(await editorText(page));
  expect(text).toContain('# cannot be stored');

  await page.evaluate(() => ((window as { __storageFull?: boolean }).__storageFull = false));
  await typeAtEnd(page, '# stored again');
  await waitSaved(page);
  expect(await beforeUnloadArmed()).toBe(false);
});

test('damaged saved data: the notice\'s "Download the raw data" gives the stored text', async ({
  page,
  watch: _watch,
}) => {
  const raw = '{"version":1,"text":"apiVersion: v1\\nkind: Namespace\\n# half a wor';
  await page.addInitScript((damaged) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'netpol-studio:index',
      JSON.stringify({
        version: 1,
        active: 'ws-d',
        workspaces: [{ id: 'ws-d', name: 'Damaged', createdAt: 1, updatedAt: 1 }],
      }),
    );
    localStorage.setItem('netpol-studio:ws:ws-d', damaged);
  }, raw);
  await page.goto('/');
  const notice = page.getByTestId('notice-error');
  await expect(notice).toContainText('The saved data of workspace "Damaged" is damaged');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByTestId('notice-action-download-raw').click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(raw);
});

/** Chromium started by hand (so its pid is known) with a profile on disk, driven over CDP. */
async function startChromium(profile: string): Promise<{ process: ChildProcess; browser: Browser }> {
  const child = spawn(
    chromiumPath().path,
    [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', () => reject(new Error(`Chromium exited:\n${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { process: child, browser };
}

async function openInChromium(browser: Browser): Promise<Page> {
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, `${ORIGIN}/`);
  return page;
}

test('an edit survives the browser process being killed two seconds later', async () => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(path.join(tmpdir(), 'netpol-kill-'));
  try {
    const first = await startChromium(profile);
    const page = await openInChromium(first.browser);
    await waitSaved(page);
    await typeAtEnd(page, '# written 2 s before the kill');
    await page.waitForTimeout(2_000);
    const exited = new Promise((resolve) => first.process.once('exit', resolve));
    first.process.kill('SIGKILL');
    await exited;

    const second = await startChromium(profile);
    const reopened = await openInChromium(second.browser);
    expect(await editorText(reopened)).toContain('# written 2 s before the kill');
    const closed = new Promise((resolve) => second.process.once('exit', resolve));
    second.process.kill('SIGKILL');
    await closed;
  } finally {
    // Chromium's helper processes may still write into the profile after the browser was killed: a profile
    // left in the temporary folder is no failure of the app.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (e) {
      console.warn(`could not remove ${profile}: ${(e as Error).message}`);
    }
  }
});
