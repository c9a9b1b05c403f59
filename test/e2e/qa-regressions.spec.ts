/**
 * Regressions found by using the app as a new user would (QA pass): a
 * real-world set pasted over the example, and the notice a gesture leaves
 * while the YAML is broken.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';
import { pasteIntoEditor } from './sync-helpers.ts';
import { ORACLE_DIR } from '../conformance/oracle.ts';

/** Every card and namespace box starts at or below `y` (page pixels): nothing sits under what floats over the canvas. */
async function nodesBelow(page: Page, y: number): Promise<boolean> {
  const tops = await page
    .locator('[data-testid="entity-node"], [data-testid="namespace-node"]')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  return Math.min(...tops) >= y;
}
const oracle = ORACLE_DIR;
const boutiqueDir = path.join(oracle, 'netpol-analyzer/onlineboutique/in');
const hasBoutique = existsSync(boutiqueDir);
if (!hasBoutique)
  console.warn(
    `\n*** ORACLE MISSING: ${boutiqueDir} not found — the onlineboutique regression is SKIPPED. Set ORACLE_DIR to run it. ***\n`,
  );
const readBoutique = () =>
  ['ns.yaml', 'pods.yaml', 'netpols.yaml']
    .map((f) => readFileSync(path.join(boutiqueDir, f), 'utf8').replace(/\n*$/, '\n'))
    .join('---\n');

test('onlineboutique pasted over the example is laid out and fitted into view', async ({ page, watch }) => {
  test.skip(!hasBoutique, 'needs ../shared/oracle (set ORACLE_DIR)');
  const boutique = readBoutique();
  await openApp(page);
  await pasteIntoEditor(page, boutique);
  // ELK used to throw on this set (POLYLINE routing), leaving an empty canvas; and because
  // `kube-system` was shared with the example, the old viewport stayed, far from the new graph.
  const workloads = page.locator('[data-testid="entity-node"][data-kind="workload"]');
  await expect(workloads).toHaveCount(12);
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/);
  const pane = (await page.getByTestId('graph-pane').boundingBox())!;
  await expect
    .poll(async () => {
      const boxes = await workloads.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      return boxes.filter(
        (b) =>
          b.x >= pane.x &&
          b.y >= pane.y &&
          b.x + b.width <= pane.x + pane.width &&
          b.y + b.height <= pane.y + pane.height,
      ).length;
    })
    .toBe(12);
  expect(watch.consoleErrors).toEqual([]);
});

test('the "YAML has errors" notice goes away once the YAML parses again', async ({ page, watch: _watch }) => {
  await openApp(page);
  const good = await page.evaluate(() => window.__netpolStudio!.editor.getValue());
  // An alias to no anchor: the workspace cannot be read at all, so the whole graph is stale (a syntax error
  // would only make its own document stale, and gestures elsewhere go on).
  await pasteIntoEditor(page, `${good}\n---\nbroken: *nowhere\n`);
  await expect(page.getByTestId('stale-banner')).toBeVisible();
  // A gesture while the graph is stale (the palette is disabled but still takes the keyboard).
  await page.getByTestId('palette-namespace').click({ force: true });
  const notice = page.getByTestId('notice-error').filter({ hasText: 'graph is out of date' });
  await expect(notice).toBeVisible();
  await pasteIntoEditor(page, good);
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/);
  await expect(notice).toHaveCount(0);
});

test('a fitted view keeps every node clear of the palette and toolbar floating over the canvas', async ({
  page,
  watch: _watch,
}) => {
  const dir = path.join(oracle, 'netpol-analyzer/new_online_boutique/in');
  test.skip(!existsSync(dir), 'needs ../shared/oracle (set ORACLE_DIR)');
  await openApp(page);
  const text = ['all_deplopyments.yaml', 'all_network_policies.yaml']
    .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/\n*$/, '\n'))
    .join('---\n');
  // Added to the example: a tall graph, so the fit is limited by the height of the pane.
  const example = await page.evaluate(() => window.__netpolStudio!.editor.getValue());
  await pasteIntoEditor(page, `${example.replace(/\n*$/, '\n')}---\n${text}`);
  const nodes = page.locator('[data-testid="entity-node"]');
  await expect(nodes).toHaveCount(18);
  const palette = (await page.getByTestId('palette').boundingBox())!;
  // Fitting used a 6% padding, so the top row of nodes slid under the palette.
  await expect.poll(() => nodesBelow(page, palette.y + palette.height)).toBe(true);
});

test('inserting a template whose policy already exists says so instead of duplicating it', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  const editorText = () => page.evaluate(() => window.__netpolStudio!.editor.getValue());
  const insert = async () => {
    await page.getByTestId('import-menu').click();
    await page.getByTestId('menuitem-templates').click();
    await page.getByTestId('template-insert').click();
  };
  await insert();
  await expect(page.getByTestId('templates-dialog')).toHaveCount(0);
  const once = await editorText();
  await insert();
  await expect(page.getByTestId('template-duplicate')).toContainText('shop/default-deny-ingress');
  expect(await editorText()).toBe(once);
  // Another namespace is fine.
  await page.getByTestId('param-namespace').fill('kube-system');
  await expect(page.getByTestId('template-duplicate')).toHaveCount(0);
  await page.getByTestId('template-insert').click();
  await expect(page.getByTestId('templates-dialog')).toHaveCount(0);
  expect((await editorText()).match(/name: default-deny-ingress/g)).toHaveLength(2);
});

test('the palette and the canvas toolbar (Rules | Effective, undo, redo, Tidy) never overlap', async ({
  page,
  watch,
}) => {
  const intersects = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  // The toggle used to cover "All namespaces" at 1440 px wide and half of it at 1280 px.
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(viewport);
    await openApp(page);
    const palette = await page
      .getByTestId('palette')
      .locator('button')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    const tools = await page
      .getByRole('toolbar', { name: 'Graph actions' })
      .locator('button')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(palette).toHaveLength(4);
    // Rules, Effective, Undo, Redo, Tidy layout, and the navigation tools (focus, filters) beside them.
    expect(tools.length).toBeGreaterThanOrEqual(5);
    const pane = (await page.getByTestId('graph-pane').boundingBox())!;
    for (const t of tools) {
      for (const p of palette)
        expect(intersects(t, p), `${JSON.stringify(t)} over ${JSON.stringify(p)} at ${viewport.width}px`).toBe(false);
      expect(t.x + t.width).toBeLessThanOrEqual(pane.x + pane.width);
    }
    // Everything stays clickable: the palette's last button is not under the toolbar.
    await page.getByTestId('palette-all-namespaces').click({ trial: true });
    const bar = (await page.getByTestId('canvas-topbar').boundingBox())!;
    if (viewport.width === 1280) {
      // The first load is fitted below the bar, even when it takes two rows (a reload of the saved
      // workspace is checked in io-workspaces.spec.ts).
      await expect.poll(() => nodesBelow(page, bar.y + bar.height)).toBe(true);
    }
    // The inspector opens below the bar, however many rows it takes.
    await page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' }).click();
    const inspector = (await page.getByTestId('inspector').boundingBox())!;
    expect(inspector.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  }
  expect(watch.consoleErrors).toEqual([]);
});

test('editing the ports of a rule shared by several peers says which other flows change too', async ({
  page,
  watch,
}) => {
  await openApp(page);
  const example = await page.evaluate(() => window.__netpolStudio!.editor.getValue());
  // One ingress rule with two peers (web and api): its ports apply to both flows.
  const shared = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-shared
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: db
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: web
        - podSelector:
            matchLabels:
              app: api
      ports:
        - protocol: TCP
          port: 6379
`;
  await pasteIntoEditor(page, `${example.replace(/\n*$/, '\n')}---\n${shared}`);
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/);
  await page
    .getByTestId('edge-label')
    .filter({ hasText: /^TCP 6379$/ })
    .click();
  await expect(page.getByTestId('inspector-title')).toHaveText('web → db');
  const card = page.getByTestId('inspector-rule').filter({ hasText: 'shop/db-shared' });
  await expect(card.getByTestId('shared-rule-notice')).toHaveText(
    'This rule also allows: shop/api. Changing its ports changes that flow too.',
  );
  // A rule with a single peer has no notice.
  await page
    .getByTestId('inspector')
    .getByRole('button', { name: /Close the inspector/ })
    .click();
  await page.getByTestId('edge-label').filter({ hasText: 'UDP 53' }).click();
  await expect(page.getByTestId('inspector-rule').first()).toBeVisible();
  await expect(page.getByTestId('shared-rule-notice')).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});

test('the fit button fits the graph below the toolbar even when the toolbar takes two rows', async ({
  page,
  watch: _watch,
}) => {
  // 1280 px wide: the palette and the canvas toolbar wrap onto two rows over the canvas; 520 px high:
  // the fit is limited by the height, so the top padding decides whether nodes end up under the bar.
  await page.setViewportSize({ width: 1280, height: 520 });
  await openApp(page);
  // Pan the graph up under the bar, then ask for a fit.
  const pane = (await page.getByTestId('graph-pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width - 60, pane.y + pane.height - 150);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width - 60, pane.y + 20, { steps: 6 });
  await page.mouse.up();
  await page.locator('.react-flow__controls-fitview').click();
  const bar = (await page.getByTestId('canvas-topbar').boundingBox())!;
  await expect.poll(() => nodesBelow(page, bar.y + bar.height)).toBe(true);
});
