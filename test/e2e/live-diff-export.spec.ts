/**
 * The live diff against the last export (issue 13): before any export the choice is there but cannot
 * be picked; after an export, an edit that removes a flow is listed as removed against the last
 * export, while an edit made before the export is not (it is in the exported text), though the text
 * as opened still shows both. The last export is saved with the workspace and survives a reload.
 * A workspace of policies only (the article's listings) has a live diff too, over the pods its
 * selectors describe.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';
import { exportFile, waitSaved } from './io-helpers.ts';
import { editorText, pasteIntoEditor } from './sync-helpers.ts';

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

/** The article's listing 2: backend admits frontend on 8080 (no workloads in the workspace). */
const LISTING = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-frontend
  namespace: production
spec:
  podSelector:
    matchLabels:
      app: backend
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: frontend
      ports:
        - protocol: TCP
          port: 8080
`;

test('policies without workloads: an edit since the exported policies is listed and marked on the effective view', async ({
  page,
  watch,
}) => {
  await openApp(page);
  await pasteIntoEditor(page, LISTING);
  const { bytes } = await exportFile(page, 'export-policies');
  expect(bytes.toString('utf8')).toContain('name: allow-frontend');
  await page.getByTestId('export-menu').click();
  await page.getByTestId('menuitem-what-breaks').click();
  await expect(page.getByTestId('diff-baseline-export')).toContainText('policies YAML');
  await page.getByTestId('diff-baseline').selectOption('export');
  await expect(page.getByTestId('diff-none')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('view-effective').click();

  // Type over the port: frontend may now reach backend on 8081 instead of 8080.
  await page.evaluate(() => {
    const hook = window.__netpolStudio!;
    const model = hook.editor.getModel()!;
    hook.editor.setPosition(model.getPositionAt(model.getValue().indexOf('port: 8080') + 'port: 8080'.length));
    hook.editor.focus();
  });
  await page.keyboard.press('Backspace');
  await page.keyboard.type('1');
  const row = page.locator(
    '[data-testid="diff-row"][data-src="production/app=frontend[Pod]"][data-dst="production/app=backend[Pod]"]',
  );
  await expect(row).toHaveCount(1, { timeout: 20_000 });
  await expect(row).toHaveAttribute('data-type', 'changed');
  await expect(row).toContainText('TCP 8081');
  await expect(page.locator('[data-testid="effective-edge-label"][data-diff="changed"]')).toHaveCount(1);
  expect(watch.consoleErrors).toEqual([]);
});
