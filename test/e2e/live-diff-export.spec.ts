/**
 * The live diff against the last export (issue 13): before any export the choice is there but cannot
 * be picked; after an export, an edit that removes a flow is listed as removed against the last
 * export, while an edit made before the export is not (it is in the exported text), though the text
 * as opened still shows both. The last export is saved with the workspace and survives a reload.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';
import { exportFile, waitSaved } from './io-helpers.ts';
import { editorText } from './sync-helpers.ts';

/** Types one character over the last letter of `label` inside the NetworkPolicy `policy` (a keystroke edit). */
async function retypeLabel(page: Page, policy: string, label: string, letter: string): Promise<void> {
  await page.evaluate(
    ({ policy, label }) => {
      const hook = window.__netpolStudio!;
      const model = hook.editor.getModel()!;
      const text = model.getValue();
      const start = text.indexOf(`kind: NetworkPolicy\nmetadata:\n  name: ${policy}\n`);
      const at = text.indexOf(label, start) + label.length;
      hook.editor.setPosition(model.getPositionAt(at));
      hook.editor.focus();
    },
    { policy, label },
  );
  await page.keyboard.press('Backspace');
  await page.keyboard.type(letter);
}

const removedRow = (page: Page, src: string, dst: string) =>
  page.locator(`[data-testid="diff-row"][data-type="removed"][data-src^="${src}"][data-dst^="${dst}"]`);

test('a flow removed since the last export is listed against it', async ({ page, watch }) => {
  await openApp(page);
  await page.getByTestId('export-menu').click();
  await page.getByTestId('menuitem-what-breaks').click();
  await expect(page.getByTestId('diff-none')).toBeVisible({ timeout: 20_000 });
  const picker = page.getByTestId('diff-baseline');
  const lastExport = page.getByTestId('diff-baseline-export');
  // No export yet: the choice is shown, disabled, and says why.
  await expect(lastExport).toBeDisabled();
  await expect(lastExport).toContainText('none yet');

  // Before the export: api may no longer reach db (its egress names `app: dx`).
  await retypeLabel(page, 'api', 'app: db', 'x');
  await expect(removedRow(page, 'shop/api', 'shop/db')).toHaveCount(1, { timeout: 20_000 });
  const { bytes } = await exportFile(page, 'export-workspace');
  expect(bytes.toString('utf8')).toContain('app: dx\n');
  await expect(lastExport).toBeEnabled();
  await expect(lastExport).toContainText('workspace YAML');

  // After the export: web may no longer reach api.
  await retypeLabel(page, 'web', 'app: api', 'x');
  expect(await editorText(page)).toContain('app: apx');
  // Against the text as opened both flows are gone ...
  await expect(removedRow(page, 'shop/web', 'shop/api')).toHaveCount(1, { timeout: 20_000 });
  await expect(removedRow(page, 'shop/api', 'shop/db')).toHaveCount(1);

  // ... against the last export only the one removed since.
  await picker.selectOption('export');
  await expect(removedRow(page, 'shop/api', 'shop/db')).toHaveCount(0, { timeout: 20_000 });
  await expect(removedRow(page, 'shop/web', 'shop/api')).toHaveCount(1);
  await expect(removedRow(page, 'shop/web', 'shop/api')).toContainText('TCP 8080');
  await expect(page.getByTestId('diff-summary')).toContainText('0 added · 1 removed · 0 changed');

  // Saved with the workspace: after a reload it can be picked again and lists the same row.
  await waitSaved(page);
  await page.reload();
  await openApp(page);
  await page.getByTestId('export-menu').click();
  await page.getByTestId('menuitem-what-breaks').click();
  await expect(page.getByTestId('diff-baseline-export')).toBeEnabled();
  await page.getByTestId('diff-baseline').selectOption('export');
  await expect(removedRow(page, 'shop/web', 'shop/api')).toHaveCount(1, { timeout: 20_000 });
  await expect(removedRow(page, 'shop/api', 'shop/db')).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});
