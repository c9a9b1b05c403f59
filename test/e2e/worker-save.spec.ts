/**
 * A workspace big enough to be analysed in the worker is saved by the worker too
 * (state/workspaces-tabs.ts `write`): the worker holds its text already, and the
 * write to IndexedDB clones the whole text, a task of hundreds of milliseconds
 * on the page at 20 MB. What a person relies on: what they typed last is there
 * after a reload, exactly; and the page itself never hands the big text to
 * IndexedDB (its puts are watched here; the worker's are in another global).
 */
import { generate } from '../../bench/generate.ts';
import { expect, openApp, test } from './fixtures.ts';
import { editorText, waitSaved } from './io-helpers.ts';
import { pasteIntoEditor } from './sync-helpers.ts';

// ~850 KB: over the size the worker takes (backend.ts OFFLOAD_FROM_CHARS).
const TEXT = generate({ namespaces: 50, workloads: 1500, policies: 300 });

test('a big workspace is saved by the worker: typing survives a reload, and the page never writes the text', async ({
  page,
  watch: _watch,
}) => {
  test.setTimeout(120_000);
  // The length of the longest string in each value the page puts into IndexedDB.
  await page.addInitScript(() => {
    const w = window as unknown as { __pagePuts: number[] };
    w.__pagePuts = [];
    const longest = (v: unknown): number =>
      typeof v === 'string'
        ? v.length
        : typeof v === 'object' && v !== null
          ? Math.max(0, ...Object.values(v).map(longest))
          : 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      w.__pagePuts.push(longest(value));
      return put.call(this, value, key);
    };
  });
  await openApp(page);
  await pasteIntoEditor(page, TEXT);
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/, { timeout: 60_000 });
  await waitSaved(page);

  // Typing in the middle of it, as a person does: the text the worker saves is the one they see.
  await page.evaluate(() => {
    const editor = window.__netpolStudio!.editor;
    const model = editor.getModel()!;
    const line = Math.floor(model.getLineCount() / 2);
    editor.setPosition({ lineNumber: line, column: model.getLineMaxColumn(line) });
    editor.focus();
  });
  await page.keyboard.press('Enter');
  await page.keyboard.type('# typed in the middle — 日本語');
  const typed = await editorText(page);
  expect(typed).toContain('# typed in the middle — 日本語');
  expect(typed.length).toBeGreaterThan(800_000);
  await expect(page.getByTestId('save-state')).not.toHaveText('Saved');
  await waitSaved(page);

  const puts = await page.evaluate(() => (window as unknown as { __pagePuts: number[] }).__pagePuts);
  expect(puts.length, 'the page wrote the list and the example before the paste').toBeGreaterThan(0);
  expect(Math.max(...puts), 'the longest string the page itself put into IndexedDB').toBeLessThan(100_000);

  await page.reload();
  await page.waitForFunction(() => Boolean(window.__netpolStudio), undefined, { timeout: 45_000 });
  await expect.poll(() => editorText(page), { timeout: 30_000 }).toBe(typed);
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/, { timeout: 60_000 });
});
