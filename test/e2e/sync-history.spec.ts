/** One undo history for both panes (issue 4): graph edits are steps of the editor's undo stack. */
import { test, expect } from './fixtures.ts';
import { editorText, openThreeTier, THREE_TIER, workload } from './sync-helpers.ts';

test('a graph edit is undone and redone from the canvas, the editor and the toolbar', async ({
  page,
  watch: _watch,
}) => {
  await openThreeTier(page);
  const before = await editorText(page);
  expect(before).toBe(THREE_TIER);
  await page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' }).click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toHaveCount(0);
  const after = await editorText(page);
  expect(after).not.toBe(before);

  // Canvas focus: Ctrl+Z restores the text exactly, Ctrl+Shift+Z reapplies, Ctrl+Y too.
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorText(page)).toBe(before);
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => editorText(page)).toBe(after);
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorText(page)).toBe(before);
  await page.keyboard.press('Control+y');
  await expect.poll(() => editorText(page)).toBe(after);

  // In the editor, one Ctrl+Z undoes the whole gesture (one step), then the paste before it.
  await page.evaluate(() => window.__netpolStudio!.editor.focus());
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorText(page)).toBe(before);
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toBeVisible();

  // Typing then a gesture then undo twice: the history interleaves both panes.
  await page.evaluate(() => {
    const { editor } = window.__netpolStudio!;
    const model = editor.getModel()!;
    const m = model.findMatches('image: api:1', false, false, true, null, false)[0];
    editor.setPosition({
      lineNumber: m.range.startLineNumber,
      column: model.getLineMaxColumn(m.range.startLineNumber),
    });
    editor.focus();
  });
  await page.keyboard.type('.2');
  await expect.poll(() => editorText(page)).toContain('image: api:1.2');
  const typed = await editorText(page);
  // The cursor sits in backend's manifest, so backend is selected (YAML → canvas); Esc on the canvas clears that.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('inspector')).toBeHidden();
  await workload(page, 'frontend').click();
  await page.keyboard.press('Delete');
  await expect(workload(page, 'frontend')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect.poll(() => editorText(page)).toBe(typed);
  await expect(workload(page, 'frontend')).toBeVisible();
  await page.getByTestId('undo').click();
  await expect.poll(() => editorText(page)).not.toContain('api:1.2');
  await page.getByTestId('redo').click();
  await expect.poll(() => editorText(page)).toBe(typed);
});

test('graph edits made before the editor loads stay undoable after it loads', async ({ page, watch: _watch }) => {
  // Hold back the lazy editor chunk until the gestures are done.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/YamlEditor-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const api = workload(page, 'api');
  await expect(api).toBeVisible();
  await expect(page.getByTestId('status-bar')).toContainText('Loading editor');
  await page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' }).click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toHaveCount(0);
  await expect(page.getByTestId('undo')).toBeEnabled();
  // Undo and redo work without the editor…
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toHaveCount(0);

  // …and once it is there, the same step is in its history.
  release();
  await page.waitForFunction(() => Boolean(window.__netpolStudio));
  const edited = await editorText(page);
  expect(edited).not.toContain('port: 5432');
  await page.getByTestId('undo').click();
  await expect.poll(() => editorText(page)).toContain('port: 5432');
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toBeVisible();
  await page.getByTestId('redo').click();
  await expect.poll(() => editorText(page)).toBe(edited);
});

test('a graph edit undone before the editor loads can be redone after it loads', async ({ page, watch: _watch }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/YamlEditor-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(workload(page, 'api')).toBeVisible();
  await page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' }).click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toBeVisible();
  await expect(page.getByTestId('redo')).toBeEnabled();

  release();
  await page.waitForFunction(() => Boolean(window.__netpolStudio));
  expect(await editorText(page)).toContain('port: 5432');
  // The editor's own history has the step as undone: Redo (in the editor, too) brings it back.
  await expect(page.getByTestId('redo')).toBeEnabled();
  await page.evaluate(() => window.__netpolStudio!.editor.focus());
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toHaveCount(0);
  expect(await editorText(page)).not.toContain('port: 5432');
});
