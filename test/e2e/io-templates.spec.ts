/**
 * Templates gallery and cluster inventory import (issue 5): parameters are
 * validated before insert, an insert is ONE undoable editor edit, and the
 * kubectl inventory brings workloads and namespace labels in without the
 * cluster noise.
 */
import { test, expect, openApp } from './fixtures.ts';
import { editorText, fixture, fixtureText, pick } from './io-helpers.ts';

test('a template is inserted with validated parameters, and Ctrl+Z removes it in one step', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  const before = await editorText(page);
  await pick(page, 'import-menu', 'templates');
  const dialog = page.getByTestId('templates-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.gallery__item')).toHaveCount(12);
  await dialog.getByTestId('template-allow-egress-cidr').click();
  // The namespace is pre-filled from the workspace and offered as suggestions.
  await expect(page.getByTestId('param-namespace')).toHaveValue('shop');
  expect(
    await page
      .locator('#template-namespaces option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
  ).toEqual(['kube-system', 'shop']);

  await page.getByTestId('param-cidr').fill('10.0.0.1/8');
  await expect(dialog).toContainText('has address bits set after /8');
  await page.getByTestId('template-insert').click();
  await expect(dialog).toBeVisible(); // refused while invalid
  expect(await editorText(page)).toBe(before);

  await page.getByTestId('param-cidr').fill('10.20.0.0/16');
  await expect(page.getByTestId('template-preview')).toContainText('cidr: 10.20.0.0/16');
  await page.getByTestId('template-insert').click();
  await expect(dialog).toBeHidden();
  const after = await editorText(page);
  expect(after.startsWith(before)).toBe(true); // appended: every existing byte where it was
  expect(after.slice(before.length)).toMatch(/^(\n)?---\n/);
  expect(after).toContain('cidr: 10.20.0.0/16');
  await expect(
    page.locator('[data-testid="entity-node"][data-kind="cidr"]', { hasText: '10.20.0.0/16' }),
  ).toBeVisible();

  await page.evaluate(() => window.__netpolStudio!.editor.focus());
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorText(page)).toBe(before);
});

test('a cluster guardrail template inserts an AdminNetworkPolicy with no namespace, its comments kept', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  const before = await editorText(page);
  await pick(page, 'import-menu', 'templates');
  const dialog = page.getByTestId('templates-dialog');
  await dialog.getByTestId('template-admin-deny-into-namespace').click();
  await page.getByTestId('param-namespace').fill('shop');
  await expect(page.getByTestId('template-preview')).toContainText('kind: AdminNetworkPolicy');
  await page.getByTestId('template-insert').click();
  await expect(dialog).toBeHidden();
  const added = (await editorText(page)).slice(before.length);
  expect(added).toContain('kind: AdminNetworkPolicy');
  expect(added).toContain('name: deny-into-shop');
  expect(added).toContain('# Admin-tier guardrail');
  expect(added).not.toMatch(/^\s*namespace: /m);
  // Accepted as written: no error in the status bar.
  await expect(page.getByTestId('error-count')).toHaveText('0 errors');
});

test('cluster inventory: pasted kubectl output brings workloads and namespace labels in', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  await pick(page, 'import-menu', 'inventory');
  const dialog = page.getByTestId('inventory-dialog');
  await expect(page.getByTestId('inventory-command')).toContainText(
    'kubectl get ns,deploy,rs,sts,ds,pods,netpol -A -o yaml',
  );
  await page.getByTestId('inventory-text').fill(fixtureText('cluster-inventory.yaml'));
  await page.getByTestId('inventory-continue').click();
  await expect(dialog).toBeHidden();
  const importDialog = page.getByTestId('import-dialog');
  await expect(importDialog).toContainText('cluster-inventory.yaml');
  await page.getByTestId('import-mode-replace').check();
  await page.getByTestId('import-confirm').click();
  await expect(importDialog).toBeHidden();

  const text = await editorText(page);
  expect(text).toContain('env: prod'); // namespace labels
  expect(text).not.toMatch(/^\s*managedFields:/m); // (the fixture's header comment names it)
  expect(text).not.toMatch(/^\s*podIP:/m);
  expect(text).not.toMatch(/^ {2}(uid|resourceVersion):/m); // (ownerReferences keep their uid)
  await expect(page.getByTestId('notice-success')).toContainText('cluster fields removed');
  for (const ns of ['inventory', 'monitoring'])
    await expect(page.locator(`[data-testid="namespace-node"][data-node-id$="${ns}"]`)).toBeVisible();
  for (const name of ['orders', 'stock-db', 'node-exporter']) {
    await expect(
      page.locator('[data-testid="entity-node"][data-kind="workload"]', { hasText: new RegExp(`^${name}`) }).first(),
    ).toBeVisible();
  }
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' }).first()).toBeVisible();
});

test('cluster inventory: the kubectl output can be picked as a file', async ({ page, watch: _watch }) => {
  await openApp(page);
  await pick(page, 'import-menu', 'inventory');
  await page.getByTestId('inventory-file').setInputFiles(fixture('cluster-inventory.yaml'));
  await expect(page.getByTestId('import-dialog')).toContainText('Import cluster inventory');
  await page.getByTestId('import-confirm').click(); // merge into the example
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  const text = await editorText(page);
  expect(text).toContain('name: default-deny');
  expect(text).toContain('name: stock-db-from-orders');
});
