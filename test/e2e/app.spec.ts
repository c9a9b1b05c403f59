import { test, expect, openApp, cursorAfter } from './fixtures.ts';

test('loads the example without console errors or foreign requests', async ({ page, watch }) => {
  await openApp(page);
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/);
  await expect(page.getByTestId('error-count')).toHaveText('0 errors');
  // Give the lazy chunks and workers a moment to report anything.
  await page.waitForTimeout(1000);
  expect(watch.consoleErrors).toEqual([]);
});

test('draws the example namespace, workloads and edges', async ({ page, watch: _watch }) => {
  await openApp(page);
  const shop = page.locator('[data-testid="namespace-node"][data-node-id$="shop"]');
  await expect(shop).toBeVisible();
  await expect(shop).toContainText('shop');
  for (const name of ['web', 'api', 'db']) {
    await expect(
      page.locator('[data-testid="entity-node"][data-kind="workload"]', { hasText: new RegExp(`^${name}`) }),
    ).toBeVisible();
  }
  // web←anywhere, web→api, api→db and DNS egress to kube-system.
  await expect(page.locator('.react-flow__edge')).not.toHaveCount(0);
  expect(await page.locator('.react-flow__edge').count()).toBeGreaterThanOrEqual(4);
  const labels = await page.getByTestId('edge-label').allTextContents();
  expect(labels.join(' | ')).toContain('8080');
  expect(labels.join(' | ')).toContain('5432');
  expect(labels.join(' | ')).toMatch(/53/);
  // No two nodes overlap.
  const boxes = await page
    .getByTestId('entity-node')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i],
        b = boxes[j];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `nodes ${i} and ${j} overlap`).toBe(false);
    }
});

test('the editor shows the example YAML', async ({ page, watch: _watch }) => {
  await openApp(page);
  const lines = page.locator('.monaco-editor .view-lines');
  await expect(lines).toContainText('kind: Namespace');
  const text = await page.evaluate(() => window.__netpolStudio!.editor.getValue());
  expect(text).toContain('name: default-deny');
  expect(text).toContain('k8s-app: kube-dns');
});

test('a misspelt field typed in the editor gets a marker', async ({ page, watch: _watch }) => {
  await openApp(page);
  const line = await cursorAfter(page, '  podSelector: {}');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('podSelectorr: {}');
  await page.keyboard.press('Escape'); // close the completion list, if any
  await expect
    .poll(async () =>
      page.evaluate(
        (l) =>
          window
            .__netpolStudio!.markers()
            .filter((m) => m.startLineNumber === l + 1)
            .map((m) => m.message)
            .join('\n'),
        line,
      ),
    )
    .toMatch(/podSelectorr/);
  await expect(page.locator('.squiggly-warning, .squiggly-error').first()).toBeVisible();
});

test("a YAML syntax error keeps its document's last good objects, marked stale", async ({ page, watch: _watch }) => {
  await openApp(page);
  await cursorAfter(page, '  name: shop');
  await page.keyboard.press('End');
  await page.keyboard.type(' extra: value'); // `name: shop extra: value` is a YAML syntax error
  // Only the broken document (the shop Namespace) is stale: the banner names it, the rest is drawn as usual.
  await expect(page.getByTestId('broken-banner')).toBeVisible();
  await expect(page.getByTestId('parse-status')).toHaveText(/1 document does not parse/);
  await expect(page.getByTestId('error-count')).not.toHaveText('0 errors');
  // The shop box stays (its workloads live in it), and so do the workloads of the healthy documents.
  await expect(page.locator('[data-testid="namespace-node"][data-node-id$="shop"]')).toBeVisible();
  await expect(page.locator('[data-testid="entity-node"][data-node-id="wl:shop/web[Deployment]"]')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.__netpolStudio!.markers().some((m) => m.severity === 8)))
    .toBe(true);
});

test('the splitter drags and moves with the keyboard', async ({ page, watch: _watch }) => {
  await openApp(page);
  const graph = page.locator('.pane--graph');
  const splitter = page.getByTestId('splitter');
  const before = (await graph.boundingBox())!.width;
  const grip = (await splitter.boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x - 150, grip.y + grip.height / 2, { steps: 8 });
  await page.mouse.up();
  const afterDrag = (await graph.boundingBox())!.width;
  expect(afterDrag).toBeLessThan(before - 100);

  await splitter.focus();
  const value = Number(await splitter.getAttribute('aria-valuenow'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(value + 4));
  expect((await graph.boundingBox())!.width).toBeGreaterThan(afterDrag);
});

test('model diagnostics show as editor markers and in the status bar', async ({ page, watch: _watch }) => {
  await openApp(page);
  const line = await cursorAfter(page, 'port: 5432');
  await page.keyboard.press('End');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('99999');
  await expect(page.getByTestId('error-count')).not.toHaveText('0 errors');
  await expect
    .poll(() =>
      page.evaluate(
        (l) =>
          window
            .__netpolStudio!.markers()
            .some((m) => m.owner === 'netpol-studio' && m.startLineNumber === l && m.severity === 8),
        line,
      ),
    )
    .toBe(true);
  await expect(page.locator('.squiggly-error').first()).toBeVisible();
});

test('clicking a workload selects it and shows its YAML', async ({ page, watch: _watch }) => {
  await openApp(page);
  const api = page.locator('[data-testid="entity-node"][data-kind="workload"]', { hasText: /^api/ });
  await api.click();
  await expect(api).toHaveClass(/is-selected/);
  // …and highlights its manifest in the editor.
  await expect(page.locator('.monaco-editor .yaml-highlight').first()).toBeVisible();
});

test('clicking an edge highlights the rule behind it', async ({ page, watch: _watch }) => {
  await openApp(page);
  await page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' }).click();
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toHaveClass(/is-selected/);
  await expect(page.locator('.monaco-editor .yaml-highlight').first()).toBeVisible();
});

test('schema completion works offline', async ({ page, watch: _watch }) => {
  await openApp(page);
  await cursorAfter(page, '  podSelector: {}');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('ingr');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toContainText('ingress');
});
