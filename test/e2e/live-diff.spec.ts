/**
 * The live diff of issue 13: with the diff panel open, an edit in the YAML that takes a flow away shows
 * up as "removed" in the list and on the canvas (a ghost edge in the effective view), compared with the
 * text as it was opened; a pasted baseline equal to the text leaves nothing to list.
 */
import { test, expect, openApp } from './fixtures.ts';
import { editorText } from './sync-helpers.ts';

test('an edit that removes a flow is listed as removed and drawn as a ghost edge', async ({ page, watch }) => {
  await openApp(page);
  // "What does this edit break?" is in the Export menu, next to the YAML exports.
  await page.getByTestId('export-menu').click();
  await page.getByTestId('menuitem-what-breaks').click();
  await expect(page.getByTestId('diff-panel')).toBeVisible();
  // Nothing edited yet: the workspace equals the text as opened.
  await expect(page.getByTestId('diff-none')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('view-effective').click();

  // Type in the `web` policy: its egress goes to `app: apx` (no such pod), so web → api is gone.
  await page.evaluate(() => {
    const hook = window.__netpolStudio!;
    const model = hook.editor.getModel()!;
    const text = model.getValue();
    const policy = text.indexOf('kind: NetworkPolicy\nmetadata:\n  name: web\n');
    const at = text.indexOf('app: api', policy) + 'app: api'.length;
    hook.editor.setPosition(model.getPositionAt(at));
    hook.editor.focus();
  });
  await page.keyboard.press('Backspace');
  await page.keyboard.type('x');
  expect(await editorText(page)).toContain('app: apx');

  const removed = page.locator(
    '[data-testid="diff-row"][data-type="removed"][data-src^="shop/web"][data-dst^="shop/api"]',
  );
  await expect(removed).toHaveCount(1, { timeout: 20_000 });
  await expect(removed).toContainText('TCP 8080');
  await expect(page.getByTestId('diff-summary')).toContainText('1 removed');
  // On the canvas: web → api is now half-open (api's ingress still admits web), so its edge carries the
  // "−" mark; a flow with no edge left is drawn as a ghost. Either way one mark for this pair.
  const marked = page.locator(
    '[data-testid="effective-edge-label"][data-diff="removed"], [data-testid="diff-ghost-edge"]',
  );
  await expect(marked).toHaveCount(1);
  await expect(marked.getByTestId('diff-mark').or(marked.locator('.live-mark--removed'))).toHaveCount(1);

  // A pasted baseline equal to the text now: nothing differs.
  const now = await editorText(page);
  await page.getByTestId('diff-paste').click();
  await page.getByTestId('diff-paste-text').fill(now);
  await page.getByTestId('diff-paste-use').click();
  await expect(page.getByTestId('diff-none')).toBeVisible({ timeout: 20_000 });
  await expect(marked).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});
