/**
 * Import paths of issue 5 with real files from test/e2e/fixtures/io/: the Open
 * dialog (one and several files), drag-and-drop, Replace vs Merge, a file that
 * does not parse, Cancel of a large import, and undo of an import.
 */
import { test, expect, openApp } from './fixtures.ts';
import { editorText, fixture, fixtureText } from './io-helpers.ts';

test('Open files… imports one file, Replace makes it the workspace, Ctrl+Z brings the old text back', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  const before = await editorText(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page
      .getByTestId('import-menu')
      .click()
      .then(() => page.getByTestId('menuitem-open-files').click()),
  ]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(fixture('payments-frontend.yaml'));
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toContainText('payments-frontend.yaml');
  await page.getByTestId('import-mode-replace').check();
  await page.getByTestId('import-confirm').click();
  await expect(dialog).toBeHidden();
  // Replacing with an unchanged file keeps its exact text, comments included.
  await expect.poll(() => editorText(page)).toBe(fixtureText('payments-frontend.yaml'));
  await expect(page.locator('[data-testid="namespace-node"][data-node-id$="payments"]')).toBeVisible();
  await expect(page.locator('[data-testid="entity-node"]', { hasText: /^checkout/ })).toBeVisible();
  await expect(page.getByTestId('notice-success')).toContainText('Replaced the workspace');

  // One undoable change: a single Ctrl+Z in the editor restores the example.
  await page.evaluate(() => window.__netpolStudio!.editor.focus());
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorText(page)).toBe(before);
  await expect(page.locator('[data-testid="namespace-node"][data-node-id$="shop"]')).toBeVisible();
});

test('several files at once merge into the workspace', async ({ page, watch: _watch }) => {
  await openApp(page);
  const before = await editorText(page);
  await page
    .getByTestId('open-files-input')
    .setInputFiles([fixture('payments-frontend.yaml'), fixture('payments-backend.yaml')]);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-files').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('import-mode-merge')).toBeChecked(); // the safe default on a non-empty workspace
  await page.getByTestId('import-confirm').click();
  await expect(dialog).toBeHidden();
  const after = await editorText(page);
  // Every original document stays byte-identical at the start; the new ones follow.
  expect(after.startsWith(before.trimEnd())).toBe(true);
  expect(after).toContain('name: ledger-from-checkout');
  for (const name of ['checkout', 'ledger', 'web', 'db']) {
    await expect(
      page.locator('[data-testid="entity-node"][data-kind="workload"]', { hasText: new RegExp(`^${name}`) }),
    ).toBeVisible();
  }
  await expect(page.getByTestId('edge-label').filter({ hasText: '5432' })).toHaveCount(2);
});

test('merge replaces an object with the same kind, namespace and name in place', async ({ page, watch: _watch }) => {
  await openApp(page);
  await page.getByTestId('open-files-input').setInputFiles(fixture('shop-web-override.yaml'));
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('notice-success')).toContainText('1 updated in place');
  const text = await editorText(page);
  expect(text).toContain('image: example/web:merged-from-file');
  expect(text.match(/kind: Deployment\s+metadata:\s+name: web\b/g)).toHaveLength(1);
  // The replaced document sits where the old one was: before the api Deployment.
  expect(text.indexOf('merged-from-file')).toBeLessThan(text.indexOf('name: api'));
});

test('a file that does not parse is reported with name and line:col; nothing changes', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  const before = await editorText(page);
  await page.getByTestId('open-files-input').setInputFiles([fixture('payments-frontend.yaml'), fixture('broken.yaml')]);
  await page.getByTestId('import-mode-replace').check();
  await page.getByTestId('import-confirm').click();
  const error = page.getByTestId('import-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText(/broken\.yaml:8:3\b/);
  await expect(error).toContainText('workspace is unchanged');
  expect(await editorText(page)).toBe(before);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  expect(await editorText(page)).toBe(before);
});

test('files dropped on the window are imported; other files are skipped and named', async ({ page, watch: _watch }) => {
  await openApp(page);
  const files = [
    { name: 'payments-frontend.yaml', text: fixtureText('payments-frontend.yaml') },
    { name: 'payments-backend.yaml', text: fixtureText('payments-backend.yaml') },
    { name: 'notes.txt', text: fixtureText('notes.txt') },
  ];
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list)
      dt.items.add(new File([f.text], f.name, { type: f.name.endsWith('.txt') ? 'text/plain' : 'application/yaml' }));
    const target = document.querySelector('.react-flow__pane') ?? document.body;
    for (const type of ['dragenter', 'dragover'])
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, files);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toContainText('Import dropped files');
  await expect(dialog.getByTestId('import-files').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('import-skipped')).toContainText('notes.txt');
  await page.getByTestId('import-confirm').click();
  await expect(dialog).toBeHidden();
  expect(await editorText(page)).toContain('name: ledger-from-checkout');
  await expect(page.locator('[data-testid="entity-node"]', { hasText: /^ledger/ })).toBeVisible();
});

test('a large import shows progress and can be cancelled without changing anything', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  const before = await editorText(page);
  // 600 small generated files: each is a task of importFilesAsync, so the import takes a few seconds.
  const files = Array.from({ length: 600 }, (_, i) => ({
    name: `ns-${String(i).padStart(3, '0')}.yaml`,
    mimeType: 'application/yaml',
    buffer: Buffer.from(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: generated-${i}\n`),
  }));
  await page.getByTestId('open-files-input').setInputFiles(files);
  await expect(page.getByTestId('import-dialog')).toContainText('600 files');
  await page.getByTestId('import-confirm').click();
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText(/Reading \d+ of 600 files/);
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  await expect(page.getByTestId('notice-info')).toContainText('Import cancelled');
  expect(await editorText(page)).toBe(before);
});
